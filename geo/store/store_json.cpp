#include "geo/store/store_json.h"

namespace geo::store {
namespace {

using nlohmann::json;

core::Error parseError(const std::string& what, const std::string& why) {
  return core::Error{.code = core::ErrorCode::kParse,
                     .message = "cannot read " + what + ": " + why,
                     .hint = "the project file may have been edited by another program"};
}

// Runs a reader that may throw nlohmann exceptions and turns them into errors.
template <typename T, typename F>
core::Result<T> guarded(const std::string& what, F&& read) {
  try {
    return read();
  } catch (const json::exception& e) {
    return std::unexpected(parseError(what, e.what()));
  }
}

const char* styleTypeKey(map::StyleType type) {
  return map::styleTypeName(type);
}

map::StyleType styleTypeFrom(const std::string& name) {
  if (auto type = map::parseStyleType(name)) return *type;
  throw json::other_error::create(501, "unknown style type '" + name + "'", nullptr);
}

carto::ClassMethod methodFrom(const std::string& name) {
  for (auto m : {carto::ClassMethod::kQuantile,
                 carto::ClassMethod::kEqualInterval,
                 carto::ClassMethod::kNaturalBreaks,
                 carto::ClassMethod::kStandardDeviation,
                 carto::ClassMethod::kManual,
                 carto::ClassMethod::kUniqueValues})
    if (name == carto::classMethodName(m)) return m;
  throw json::other_error::create(501, "unknown classification method '" + name + "'", nullptr);
}

}  // namespace

json toJson(const map::StyleSpec& s) {
  return {{"type", styleTypeKey(s.type)},
          {"field", s.field},
          {"indicator", s.indicator},
          {"method", s.method},
          {"classes", s.classes},
          {"ramp", s.ramp},
          {"fill", s.fill},
          {"outline", s.outline},
          {"outline_width", s.outline_width_px},
          {"point_size", s.point_size_px},
          {"min_point_size", s.min_point_size_px},
          {"opacity", s.opacity}};
}

json toJson(const map::LayerSpec& spec) {
  json j = {{"id", spec.id},
            {"title", spec.title},
            {"source", spec.source},
            {"layer", spec.layer},
            {"crs", spec.crs},
            {"builtin_indicators", spec.builtin_indicators},
            {"visible", spec.visible},
            {"style", toJson(spec.style)}};
  if (!spec.indicators_from.empty()) j["indicators_from"] = spec.indicators_from;
  if (spec.filter) j["filter"] = {{"field", spec.filter->field}, {"values", spec.filter->values}};
  if (spec.join)
    j["join"] = {
        {"table", spec.join->table}, {"key", spec.join->key}, {"table_key", spec.join->table_key}};
  return j;
}

json toJson(const carto::Classification& c) {
  return {{"method", carto::classMethodName(c.method)},
          {"lower_bound", c.lower_bound},
          {"breaks", c.breaks},
          {"counts", c.counts},
          {"no_data_count", c.no_data_count},
          {"outside_count", c.outside_count}};
}

json toJson(const SavingsProposal& p) {
  json items = json::array();
  for (const auto& i : p.items)
    items.push_back({{"label", i.label},
                     {"kind", i.kind == LedgerKind::kCost ? "cost" : "saving"},
                     {"amount", i.amount},
                     {"recurring", i.recurring},
                     {"first_year", i.first_year},
                     {"last_year", i.last_year}});
  return {{"id", p.id},
          {"name", p.name},
          {"start_year", p.start_year},
          {"years", p.years},
          {"discount_rate", p.discount_rate},
          {"items", items}};
}

json toJson(const KpiDefinition& k) {
  json j = {{"id", k.id},
            {"name", k.name},
            {"unit", k.unit},
            {"direction", kpiDirectionName(k.direction)},
            {"service_line", k.service_line},
            {"level", kpiLevelName(k.level)},
            {"description", k.description}};
  j["target"] = k.target ? json(*k.target) : json(nullptr);
  return j;
}

core::Result<map::StyleSpec> styleFromJson(const json& j) {
  return guarded<map::StyleSpec>("a layer style", [&] {
    map::StyleSpec s;
    s.type = styleTypeFrom(j.value("type", std::string("fill")));
    s.field = j.value("field", s.field);
    s.indicator = j.value("indicator", s.indicator);
    s.method = j.value("method", s.method);
    s.classes = j.value("classes", s.classes);
    s.ramp = j.value("ramp", s.ramp);
    s.fill = j.value("fill", s.fill);
    s.outline = j.value("outline", s.outline);
    s.outline_width_px = j.value("outline_width", s.outline_width_px);
    s.point_size_px = j.value("point_size", s.point_size_px);
    s.min_point_size_px = j.value("min_point_size", s.min_point_size_px);
    s.opacity = j.value("opacity", s.opacity);
    return s;
  });
}

core::Result<map::LayerSpec> layerSpecFromJson(const json& j) {
  auto style = styleFromJson(j.value("style", json::object()));
  if (!style) return std::unexpected(style.error());
  return guarded<map::LayerSpec>("a layer description", [&] {
    map::LayerSpec spec;
    spec.id = j.at("id").get<std::string>();
    spec.title = j.value("title", spec.id);
    spec.source = j.value("source", std::string());
    spec.layer = j.value("layer", std::string());
    spec.crs = j.value("crs", std::string());
    spec.builtin_indicators = j.value("builtin_indicators", false);
    spec.indicators_from = j.value("indicators_from", std::string());
    spec.visible = j.value("visible", true);
    spec.style = *style;
    if (j.contains("filter"))
      spec.filter = map::FilterSpec{j["filter"].at("field").get<std::string>(),
                                    j["filter"].at("values").get<std::vector<std::string>>()};
    if (j.contains("join"))
      spec.join = map::JoinSpec{j["join"].at("table").get<std::string>(),
                                j["join"].at("key").get<std::string>(),
                                j["join"].value("table_key", std::string())};
    return spec;
  });
}

core::Result<carto::Classification> classificationFromJson(const json& j) {
  return guarded<carto::Classification>("a classification", [&] {
    carto::Classification c;
    c.method = methodFrom(j.at("method").get<std::string>());
    c.lower_bound = j.at("lower_bound").get<double>();
    c.breaks = j.at("breaks").get<std::vector<double>>();
    c.counts = j.value("counts", std::vector<std::size_t>{});
    c.no_data_count = j.value("no_data_count", std::size_t{0});
    c.outside_count = j.value("outside_count", std::size_t{0});
    return c;
  });
}

core::Result<SavingsProposal> proposalFromJson(const json& j) {
  return guarded<SavingsProposal>("a savings proposal", [&] {
    SavingsProposal p;
    p.id = j.at("id").get<std::string>();
    p.name = j.value("name", p.id);
    p.start_year = j.value("start_year", 0);
    p.years = j.value("years", 1);
    p.discount_rate = j.value("discount_rate", 0.03);
    for (const auto& i : j.value("items", json::array()))
      p.items.push_back({.label = i.value("label", std::string()),
                         .kind = i.value("kind", std::string("cost")) == "saving"
                                     ? LedgerKind::kSaving
                                     : LedgerKind::kCost,
                         .amount = i.at("amount").get<double>(),
                         .recurring = i.value("recurring", false),
                         .first_year = i.value("first_year", 0),
                         .last_year = i.value("last_year", 0)});
    return p;
  });
}

core::Result<KpiDefinition> kpiFromJson(const json& j) {
  auto read = guarded<KpiDefinition>("a KPI definition", [&] {
    KpiDefinition k;
    k.id = j.at("id").get<std::string>();
    k.name = j.value("name", k.id);
    k.unit = j.value("unit", std::string());
    k.service_line = j.value("service_line", std::string());
    k.description = j.value("description", std::string());
    if (j.contains("target") && !j["target"].is_null()) k.target = j["target"].get<double>();
    return k;
  });
  if (!read) return read;
  auto direction = parseKpiDirection(j.value("direction", std::string("higher_is_better")));
  auto level = parseKpiLevel(j.value("level", std::string("facility")));
  if (!direction) return std::unexpected(direction.error());
  if (!level) return std::unexpected(level.error());
  read->direction = *direction;
  read->level = *level;
  return read;
}

core::Result<json> parseJsonText(const std::string& text, const std::string& what) {
  json j = json::parse(text, nullptr, false);
  if (j.is_discarded()) return std::unexpected(parseError(what, "not valid JSON"));
  return j;
}

}  // namespace geo::store
