#include "geo/exhibit/summary_layout.h"

#include <algorithm>

#include "geo/carto/classify.h"
#include "geo/exhibit/exhibit_labels.h"

namespace geo::exhibit {
namespace {

constexpr double kColumnGapPt = 6.0;
constexpr double kFontStepPt = 0.5;
constexpr double kBodyShare = 0.9;  // body type relative to the legend type
constexpr double kSwatchGapPt = 3.0;

carto::LabelFormat labelFormat(ValueFormat format) {
  switch (format) {
    case ValueFormat::kPercent:
      return carto::LabelFormat::kPercent;
    case ValueFormat::kCount:
      return carto::LabelFormat::kCount;
    case ValueFormat::kNumber:
      break;
  }
  return carto::LabelFormat::kDecimal;
}

bool hasCompare(const SummarySpec& s) {
  return std::any_of(
      s.rows.begin(), s.rows.end(), [](const SummaryRow& r) { return r.compare.has_value(); });
}

// Width of the widest value or heading of the columns at `style`.
double columnWidth(const SummarySpec& s,
                   Language language,
                   TextStyle style,
                   const TextMeasure& measure) {
  double w = std::max(measure(s.value_heading, style), measure(s.compare_heading, style));
  for (const auto& r : s.rows) {
    w = std::max(w, measure(summaryCell(r.value, s.format, language), style));
    if (r.compare) w = std::max(w, measure(summaryCell(r.compare, s.format, language), style));
  }
  return w;
}

double widestLabel(const SummarySpec& s, TextStyle style, const TextMeasure& measure) {
  double w = 0.0;
  for (const auto& r : s.rows) w = std::max(w, measure(r.label, style));
  return w;
}

// The layout at body type `font`.
SummaryLayout tryLayout(const SummarySpec& summary,
                        Language language,
                        double font,
                        double width_pt,
                        const TextMeasure& measure) {
  SummaryLayout l;
  l.two_columns = hasCompare(summary);
  l.heading_row =
      l.two_columns && !(summary.value_heading.empty() && summary.compare_heading.empty());
  const bool chart = summary.style == SummaryStyle::kBarChart;
  l.body_style = {font, false};
  l.row_pt = font * 1.6;
  l.column_pt = columnWidth(summary, language, l.body_style, measure);
  if (chart && l.heading_row) l.column_pt += swatchPt(l.body_style) + kSwatchGapPt;
  l.value_right = width_pt - (l.two_columns ? l.column_pt + kColumnGapPt : 0.0);
  const double columns = (l.two_columns ? 2 : 1) * (l.column_pt + kColumnGapPt);
  l.labels_fit = chart || widestLabel(summary, l.body_style, measure) + columns <= width_pt;

  l.title_style = {font / kBodyShare, true};
  l.title_lines = wrapText(summary.title, width_pt, l.title_style, measure);
  double y = double(l.title_lines.size()) * l.title_style.size_pt * 1.3 + l.row_pt * 0.3;
  if (l.heading_row) y += l.row_pt;
  const double row_height = chart ? 2 * l.row_pt : l.row_pt;
  for (std::size_t i = 0; i < summary.rows.size(); ++i, y += row_height) l.row_tops.push_back(y);
  l.box = {0.0, 0.0, width_pt, y};
  return l;
}

bool fits(const SummaryLayout& l, double max_height_pt) {
  return l.labels_fit && (max_height_pt <= 0 || l.box.height() <= max_height_pt);
}

}  // namespace

double swatchPt(TextStyle body) {
  return body.size_pt * 0.8;
}

void SummaryLayout::moveTo(core::Vec2 top_left) {
  box = {top_left.x, top_left.y, top_left.x + box.width(), top_left.y + box.height()};
}

std::string summaryCell(const std::optional<double>& value, ValueFormat format, Language language) {
  if (!value) return i18n::tr(catalogLanguage(language), "exhibit.not_available");
  return carto::formatClassValue(*value, labelFormat(format));
}

SummaryLayout layoutSummary(const SummarySpec& summary,
                            const LegendSpec& legend,
                            Language language,
                            double width_pt,
                            double max_height_pt,
                            const TextMeasure& measure) {
  if (summary.rows.empty() || width_pt <= 0) return {};
  const double smallest = std::min(legend.min_font_pt, legend.font_pt) * kBodyShare;
  double font = legend.font_pt * kBodyShare;
  SummaryLayout l = tryLayout(summary, language, font, width_pt, measure);
  while (!fits(l, max_height_pt) && font > smallest + 1e-9) {
    font = std::max(smallest, font - kFontStepPt);
    l = tryLayout(summary, language, font, width_pt, measure);
  }
  return l;
}

}  // namespace geo::exhibit
