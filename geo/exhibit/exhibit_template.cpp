#include "geo/exhibit/exhibit_template.h"

#include <algorithm>
#include <utility>

namespace geo::exhibit {
namespace {

using nlohmann::json;

constexpr double kLetterShortPt = 612.0, kLetterLongPt = 792.0;
constexpr double kTabloidShortPt = 792.0, kTabloidLongPt = 1224.0;

core::Error badKey(const std::string& key, const std::string& expected) {
  return core::Error{.code = core::ErrorCode::kParse,
                     .message = "exhibit template: '" + key + "' must be " + expected,
                     .field = key};
}

// Reads `object[key]` into `out` when present; a value of another type is an error.
template <typename T>
core::Result<void> read(const json& object, const char* key, T& out) {
  auto it = object.find(key);
  if (it == object.end() || it->is_null()) return {};
  if constexpr (std::is_same_v<T, bool>) {
    if (!it->is_boolean()) return std::unexpected(badKey(key, "true or false"));
  } else if constexpr (std::is_arithmetic_v<T>) {
    if (!it->is_number()) return std::unexpected(badKey(key, "a number"));
  } else {
    if (!it->is_string()) return std::unexpected(badKey(key, "text"));
  }
  out = it->get<T>();
  return {};
}

json pageJson(const PageSpec& p) {
  return {{"size", pageSizeName(p.size)},
          {"width_pt", p.custom_width_pt},
          {"height_pt", p.custom_height_pt},
          {"landscape", p.landscape},
          {"margin_pt", p.margin_pt},
          {"dpi", p.dpi}};
}

core::Result<void> readPage(const json& j, PageSpec& p) {
  std::string size = pageSizeName(p.size);
  if (auto ok = read(j, "size", size); !ok) return ok;
  auto parsed = parsePageSize(size);
  if (!parsed) return std::unexpected(badKey("page.size", "letter, tabloid or custom"));
  p.size = *parsed;
  for (auto r : {read(j, "width_pt", p.custom_width_pt),
                 read(j, "height_pt", p.custom_height_pt),
                 read(j, "landscape", p.landscape),
                 read(j, "margin_pt", p.margin_pt),
                 read(j, "dpi", p.dpi)})
    if (!r) return r;
  if (p.widthPt() <= 2 * p.margin_pt || p.heightPt() <= 2 * p.margin_pt)
    return std::unexpected(badKey("page", "larger than twice its margin"));
  if (p.dpi < 18 || p.dpi > 2400) return std::unexpected(badKey("page.dpi", "between 18 and 2400"));
  return {};
}

core::Result<void> readFrame(const json& j, FrameSpec& f) {
  if (auto ok = read(j, "layer", f.layer); !ok) return ok;
  auto box = j.find("box");
  if (box == j.end() || box->is_null()) return {};
  if (!box->is_array() || box->size() != 4 ||
      !std::all_of(box->begin(), box->end(), [](auto& v) { return v.is_number(); }))
    return std::unexpected(badKey("frame.box", "[min_x, min_y, max_x, max_y]"));
  f.box = core::Box{(*box)[0].get<double>(),
                    (*box)[1].get<double>(),
                    (*box)[2].get<double>(),
                    (*box)[3].get<double>()};
  return {};
}

const char* formatName(ValueFormat format) {
  switch (format) {
    case ValueFormat::kNumber:
      return "number";
    case ValueFormat::kCount:
      return "count";
    case ValueFormat::kPercent:
      break;
  }
  return "percent";
}

const char* statisticName(AccessStatistic statistic) {
  return statistic == AccessStatistic::kCoverage ? "coverage" : "mean_distance";
}

json optionalNumber(const std::optional<double>& v) {
  return v ? json(*v) : json(nullptr);
}

json summaryJson(const SummarySpec& s) {
  json rows = json::array();
  for (const auto& r : s.rows) {
    json row{{"label", r.label}, {"value", optionalNumber(r.value)}};
    if (r.compare) row["compare"] = *r.compare;
    rows.push_back(std::move(row));
  }
  return {{"title", s.title},
          {"style", s.style == SummaryStyle::kBarChart ? "chart" : "table"},
          {"format", formatName(s.format)},
          {"value_heading", s.value_heading},
          {"compare_heading", s.compare_heading},
          {"rows", rows},
          {"from_analysis", s.from_analysis},
          {"statistic", statisticName(s.statistic)}};
}

// A number, or nothing when the key is absent or null.
core::Result<std::optional<double>> readOptional(const json& object, const char* key) {
  auto it = object.find(key);
  if (it == object.end() || it->is_null()) return std::nullopt;
  if (!it->is_number()) return std::unexpected(badKey(key, "a number or null"));
  return it->get<double>();
}

core::Result<SummaryRow> readSummaryRow(const json& row) {
  if (!row.is_object()) return std::unexpected(badKey("summary.rows", "a list of objects"));
  SummaryRow out;
  if (auto ok = read(row, "label", out.label); !ok) return std::unexpected(ok.error());
  auto value = readOptional(row, "value");
  auto compare = value ? readOptional(row, "compare") : value;
  if (!compare) return std::unexpected(compare.error());
  out.value = *value;
  out.compare = *compare;
  return out;
}

core::Result<void> readSummary(const json& j, SummarySpec& s) {
  std::string style = "table", format = "percent", statistic = statisticName(s.statistic);
  for (auto r : {read(j, "title", s.title),
                 read(j, "style", style),
                 read(j, "format", format),
                 read(j, "value_heading", s.value_heading),
                 read(j, "compare_heading", s.compare_heading),
                 read(j, "from_analysis", s.from_analysis),
                 read(j, "statistic", statistic)})
    if (!r) return r;
  s.style = style == "chart" ? SummaryStyle::kBarChart : SummaryStyle::kTable;
  s.format = format == "number"  ? ValueFormat::kNumber
             : format == "count" ? ValueFormat::kCount
                                 : ValueFormat::kPercent;
  if (statistic != "mean_distance" && statistic != "coverage")
    return std::unexpected(badKey("summary.statistic", "mean_distance or coverage"));
  s.statistic =
      statistic == "coverage" ? AccessStatistic::kCoverage : AccessStatistic::kMeanDistance;
  auto rows = j.find("rows");
  if (rows == j.end()) return {};
  if (!rows->is_array()) return std::unexpected(badKey("summary.rows", "a list"));
  for (const auto& row : *rows) {
    auto out = readSummaryRow(row);
    if (!out) return std::unexpected(out.error());
    s.rows.push_back(std::move(*out));
  }
  return {};
}

// Reads an optional nested object with `reader`; anything but an object is an error.
template <typename Spec, typename Reader>
core::Result<void> readObject(const json& j, const char* key, Spec& spec, Reader reader) {
  auto it = j.find(key);
  if (it == j.end() || it->is_null()) return {};
  if (!it->is_object()) return std::unexpected(badKey(key, "an object"));
  return reader(*it, spec);
}

core::Result<void> readLegend(const json& j, LegendSpec& l) {
  if (auto ok = read(j, "font_pt", l.font_pt); !ok) return ok;
  return read(j, "min_font_pt", l.min_font_pt);
}

core::Result<void> readInset(const json& j, InsetSpec& i) {
  if (auto ok = read(j, "enabled", i.enabled); !ok) return ok;
  return read(j, "layer", i.layer);
}

core::Result<void> readTopLevel(const json& j, ExhibitTemplate& t) {
  std::string units = t.scale_units == ScaleUnits::kMetric ? "metric" : "imperial";
  std::string language = languageCode(t.language);
  for (auto r : {read(j, "title", t.title),
                 read(j, "subtitle", t.subtitle),
                 read(j, "scale_units", units),
                 read(j, "north_arrow", t.north_arrow),
                 read(j, "date", t.date),
                 read(j, "language", language)})
    if (!r) return r;
  if (units != "metric" && units != "imperial")
    return std::unexpected(badKey("scale_units", "metric or imperial"));
  t.scale_units = units == "metric" ? ScaleUnits::kMetric : ScaleUnits::kImperial;
  auto lang = parseLanguage(language);
  if (!lang) return std::unexpected(badKey("language", "en or es"));
  t.language = *lang;
  if (auto notes = j.find("notes"); notes != j.end() && notes->is_array())
    for (const auto& n : *notes)
      if (n.is_string()) t.notes.push_back(n.get<std::string>());
  return {};
}

}  // namespace

// The page's two side lengths, shorter first.
static std::pair<double, double> sides(const PageSpec& p) {
  double a = kLetterShortPt, b = kLetterLongPt;
  if (p.size == PageSize::kTabloid) a = kTabloidShortPt, b = kTabloidLongPt;
  if (p.size == PageSize::kCustom) a = p.custom_width_pt, b = p.custom_height_pt;
  return {std::min(a, b), std::max(a, b)};
}

double PageSpec::widthPt() const {
  const auto [shorter, longer] = sides(*this);
  return landscape ? longer : shorter;
}

double PageSpec::heightPt() const {
  const auto [shorter, longer] = sides(*this);
  return landscape ? shorter : longer;
}

nlohmann::json toJson(const ExhibitTemplate& t) {
  json frame = {{"layer", t.frame.layer}};
  if (t.frame.box)
    frame["box"] = {t.frame.box->min_x, t.frame.box->min_y, t.frame.box->max_x, t.frame.box->max_y};
  return {{"page", pageJson(t.page)},
          {"title", t.title},
          {"subtitle", t.subtitle},
          {"frame", frame},
          {"legend", {{"font_pt", t.legend.font_pt}, {"min_font_pt", t.legend.min_font_pt}}},
          {"scale_units", t.scale_units == ScaleUnits::kMetric ? "metric" : "imperial"},
          {"north_arrow", t.north_arrow},
          {"notes", t.notes},
          {"date", t.date},
          {"inset", {{"enabled", t.inset.enabled}, {"layer", t.inset.layer}}},
          {"summary", summaryJson(t.summary)},
          {"language", languageCode(t.language)}};
}

core::Result<ExhibitTemplate> exhibitTemplateFromJson(const nlohmann::json& j) {
  if (!j.is_object()) return std::unexpected(badKey("exhibit", "an object"));
  ExhibitTemplate t;
  for (auto r : {readTopLevel(j, t),
                 readObject(j, "page", t.page, readPage),
                 readObject(j, "frame", t.frame, readFrame),
                 readObject(j, "legend", t.legend, readLegend),
                 readObject(j, "inset", t.inset, readInset),
                 readObject(j, "summary", t.summary, readSummary)})
    if (!r) return std::unexpected(r.error());
  return t;
}

const char* pageSizeName(PageSize size) {
  switch (size) {
    case PageSize::kLetter:
      return "letter";
    case PageSize::kTabloid:
      return "tabloid";
    case PageSize::kCustom:
      return "custom";
  }
  return "letter";
}

std::optional<PageSize> parsePageSize(std::string_view name) {
  for (auto s : {PageSize::kLetter, PageSize::kTabloid, PageSize::kCustom})
    if (name == pageSizeName(s)) return s;
  return std::nullopt;
}

const char* languageCode(Language language) {
  return language == Language::kSpanish ? "es" : "en";
}

std::optional<Language> parseLanguage(std::string_view code) {
  if (code == "en") return Language::kEnglish;
  if (code == "es") return Language::kSpanish;
  return std::nullopt;
}

}  // namespace geo::exhibit
