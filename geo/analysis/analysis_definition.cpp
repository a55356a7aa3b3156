#include "geo/analysis/analysis_definition.h"

#include <nlohmann/json.hpp>

#include <filesystem>

#include "geo/analysis/indicator.h"
#include "geo/core/json_reader.h"

namespace geo::analysis {
namespace {

using core::Error;
using core::ErrorCode;
using nlohmann::json;

using Reader = core::JsonReader;

core::Result<LayerSource> readSource(const Reader& r, const json& j, const std::string& where) {
  if (!j.is_object()) return r.bad(where, "must be an object with a 'source'");
  LayerSource out;
  auto source = r.text(j, "source", where, std::nullopt);
  auto layer = source ? r.text(j, "layer", where) : source;
  if (!layer) return std::unexpected(layer.error());
  out.source = r.resolve(*source);
  out.layer = *layer;
  if (j.contains("filter")) {
    const std::string w = where + "/filter";
    auto field = r.text(j["filter"], "field", w, std::nullopt);
    auto values = field ? r.texts(j["filter"], "values", w) : std::unexpected(field.error());
    if (!values) return std::unexpected(values.error());
    out.filter = FieldFilter{*field, *values};
  }
  if (j.contains("join")) {
    const std::string w = where + "/join";
    auto table = r.text(j["join"], "table", w, std::nullopt);
    auto key = table ? r.text(j["join"], "key", w, std::nullopt) : table;
    auto table_key = key ? r.text(j["join"], "table_key", w, *key) : key;
    if (!table_key) return std::unexpected(table_key.error());
    out.join = TableJoin{r.resolve(*table), *key, *table_key};
  }
  return out;
}

core::Result<GroupSpec> readGroup(const Reader& r, const json& j, const std::string& where) {
  if (!j.is_object()) return r.bad(where, "must be an object with 'id' and an indicator");
  GroupSpec g;
  auto id = r.text(j, "id", where, std::nullopt);
  auto indicator = id ? r.text(j, "indicator", where) : id;
  if (!indicator) return std::unexpected(indicator.error());
  g.id = *id;
  g.indicator = *indicator;
  auto columns = r.texts(j, "columns", where);
  auto universe = columns ? r.texts(j, "universe", where) : columns;
  if (!universe) return std::unexpected(universe.error());
  g.columns = *columns;
  g.universe = *universe;
  const Indicator* found = g.indicator.empty() ? nullptr : findIndicator(g.indicator);
  if (!g.indicator.empty() && found == nullptr)
    return r.bad(where + "/indicator", "unknown indicator '" + g.indicator + "'");
  if (g.indicator.empty() && g.columns.empty())
    return r.bad(where, "needs an 'indicator' or a list of 'columns'");
  auto name = r.text(j, "name", where, found ? found->name : g.id);
  if (!name) return std::unexpected(name.error());
  g.name = *name;
  return g;
}

core::Result<AreaMethod> readMethod(const Reader& r,
                                    const std::string& name,
                                    const std::string& where) {
  for (AreaMethod m :
       {AreaMethod::kNone, AreaMethod::kNearest, AreaMethod::kBuffer, AreaMethod::kGiven})
    if (name == areaMethodName(m)) return m;
  return r.bad(where, "unknown method '" + name + "' (none, nearest, buffer or given)");
}

core::Result<ServiceAreaSpec> readAreas(const Reader& r, const json& j, const std::string& where) {
  if (!j.is_object()) return r.bad(where, "must be an object with a 'method'");
  ServiceAreaSpec out;
  auto name = r.text(j, "method", where, "nearest");
  auto method = name ? readMethod(r, *name, where + "/method") : std::unexpected(name.error());
  auto distance = method ? r.number(j, "distance_m", where, 0.0) : std::unexpected(method.error());
  if (!distance) return std::unexpected(distance.error());
  out.method = *method;
  out.distance_m = *distance;
  if (out.method == AreaMethod::kBuffer && !(out.distance_m > 0.0))
    return r.bad(where + "/distance_m", "a buffer needs a positive distance in metres");
  if (out.method == AreaMethod::kGiven) {
    if (!j.contains("areas")) return r.bad(where + "/areas", "required for method 'given'");
    auto given = readSource(r, j["areas"], where + "/areas");
    auto id_field = given ? r.text(j, "id_field", where) : std::unexpected(given.error());
    if (!id_field) return std::unexpected(id_field.error());
    out.given = *given;
    out.id_field = *id_field;
  }
  return out;
}

core::Result<std::vector<FacilityPoint>> readPoints(const Reader& r,
                                                    const json& j,
                                                    const std::string& key,
                                                    const std::string& where) {
  std::vector<FacilityPoint> out;
  if (!j.contains(key)) return out;
  if (!j[key].is_array()) return r.bad(where + "/" + key, "must be an array of objects");
  for (std::size_t i = 0; i < j[key].size(); ++i) {
    const std::string w = where + "/" + key + "/" + std::to_string(i);
    const json& p = j[key][i];
    if (!p.is_object()) return r.bad(w, "must be an object with 'id', 'lon' and 'lat'");
    if (!p.contains("lon") || !p.contains("lat")) return r.bad(w, "needs 'lon' and 'lat'");
    auto id = r.text(p, "id", w, std::nullopt);
    auto name = id ? r.text(p, "name", w, *id) : id;
    auto system = name ? r.text(p, "system", w) : name;
    auto lon = system ? r.number(p, "lon", w, 0.0) : std::unexpected(system.error());
    auto lat = lon ? r.number(p, "lat", w, 0.0) : lon;
    if (!lat) return std::unexpected(lat.error());
    out.push_back(FacilityPoint{*id, *name, *lon, *lat, *system});
  }
  return out;
}

core::Result<ScenarioSpec> readScenario(const Reader& r, const json& j, const std::string& w) {
  if (!j.is_object()) return r.bad(w, "must be an object");
  ScenarioSpec s;
  auto name = r.text(j, "name", w, s.name);
  auto close = name ? r.texts(j, "close", w) : std::unexpected(name.error());
  auto merge = close ? r.texts(j, "merge_systems", w) : std::unexpected(close.error());
  auto add = merge ? readPoints(r, j, "add", w) : std::unexpected(merge.error());
  auto relocate = add ? readPoints(r, j, "relocate", w) : add;
  if (!relocate) return std::unexpected(relocate.error());
  s.name = *name;
  s.close = *close;
  s.merge_systems = *merge;
  s.add = *add;
  s.relocate = *relocate;
  if (j.contains("service_areas")) {
    auto areas = readAreas(r, j["service_areas"], w + "/service_areas");
    if (!areas) return std::unexpected(areas.error());
    s.service_areas = *areas;
  }
  return s;
}

core::Result<ServiceLineSpec> readLine(const Reader& r, const json& j, const std::string& w) {
  if (!j.is_object()) return r.bad(w, "must be an object");
  ServiceLineSpec line;
  auto id = r.text(j, "id", w, std::nullopt);
  auto name = id ? r.text(j, "name", w, *id) : id;
  if (!name) return std::unexpected(name.error());
  line.id = *id;
  line.name = *name;
  if (!j.contains("facilities")) return r.bad(w + "/facilities", "required field is missing");
  auto facilities = readSource(r, j["facilities"], w + "/facilities");
  if (!facilities) return std::unexpected(facilities.error());
  line.facilities = *facilities;
  for (auto [key, target] : {std::pair{"id_field", &line.id_field},
                             {"name_field", &line.name_field},
                             {"system_field", &line.system_field}}) {
    auto value = r.text(j, key, w);
    if (!value) return std::unexpected(value.error());
    *target = *value;
  }
  auto areas = readAreas(r, j.value("service_areas", json::object()), w + "/service_areas");
  auto scenario = areas ? readScenario(r, j.value("scenario", json::object()), w + "/scenario")
                        : std::unexpected(areas.error());
  if (!scenario) return std::unexpected(scenario.error());
  line.service_areas = *areas;
  line.scenario = *scenario;
  return line;
}

core::Result<void> readTests(const Reader& r, const json& j, ImpactThresholds& tests) {
  if (!j.is_object()) return r.bad("/tests", "must be an object");
  auto delta = r.number(j, "delta_m", "/tests", tests.delta_m);
  auto diff =
      delta ? r.number(j, "difference_threshold", "/tests", tests.difference_threshold) : delta;
  auto ratio =
      diff ? r.number(j, "four_fifths_threshold", "/tests", tests.four_fifths_threshold) : diff;
  if (!ratio) return std::unexpected(ratio.error());
  if (*delta < 0.0) return r.bad("/tests/delta_m", "must not be negative");
  tests = ImpactThresholds{*delta, *diff, *ratio};
  return {};
}

template <typename T, typename F>
core::Result<std::vector<T>> readList(const Reader& r,
                                      const json& j,
                                      const std::string& key,
                                      F read) {
  if (!j.contains(key) || !j[key].is_array() || j[key].empty())
    return r.bad("/" + key, "must be a non-empty array");
  std::vector<T> out;
  for (std::size_t i = 0; i < j[key].size(); ++i) {
    auto item = read(r, j[key][i], "/" + key + "/" + std::to_string(i));
    if (!item) return std::unexpected(item.error());
    out.push_back(std::move(*item));
  }
  return out;
}

core::Result<AnalysisDefinition> readRoot(const Reader& r, const json& j) {
  if (!j.is_object()) return r.bad("/", "the definition must be a JSON object");
  AnalysisDefinition d{.path = r.path()};
  for (auto [key, target] : {std::pair{"name", &d.name},
                             {"description", &d.description},
                             {"analysis_crs", &d.analysis_crs},
                             {"population", &d.population}}) {
    auto value = r.text(j, key, "", *target);
    if (!value) return std::unexpected(value.error());
    *target = *value;
  }
  if (!findIndicator(d.population))
    return r.bad("/population", "unknown indicator '" + d.population + "'");
  if (!j.contains("study_area")) return r.bad("/study_area", "required field is missing");
  if (!j.contains("units")) return r.bad("/units", "required field is missing");
  auto study = readSource(r, j["study_area"], "/study_area");
  auto units = study ? readSource(r, j["units"], "/units") : study;
  auto id_field = units ? r.text(j["units"], "id_field", "/units", std::nullopt)
                        : std::unexpected(units.error());
  auto system = id_field ? r.text(j["units"], "system_field", "/units") : id_field;
  auto tau = system ? r.number(j, "coverage_threshold_m", "", d.coverage_threshold_m)
                    : std::unexpected(system.error());
  if (!tau) return std::unexpected(tau.error());
  d.study_area = *study;
  d.units = *units;
  d.unit_id_field = *id_field;
  d.unit_system_field = *system;
  d.coverage_threshold_m = *tau;
  if (j.contains("tests"))
    if (auto ok = readTests(r, j["tests"], d.tests); !ok) return std::unexpected(ok.error());
  auto groups = readList<GroupSpec>(r, j, "groups", readGroup);
  auto lines = groups ? readList<ServiceLineSpec>(r, j, "service_lines", readLine)
                      : std::unexpected(groups.error());
  if (!lines) return std::unexpected(lines.error());
  d.groups = *groups;
  d.service_lines = *lines;
  return d;
}

}  // namespace

core::Result<AnalysisDefinition> parseAnalysisDefinition(const std::string& text,
                                                         const std::string& path) {
  const Reader reader(path, "fix this field of the analysis definition");
  auto j = core::parseJson(text, reader);
  if (!j) return std::unexpected(j.error());
  return readRoot(reader, *j);
}

core::Result<AnalysisDefinition> readAnalysisDefinition(const std::string& path) {
  auto text = core::readTextFile(path, "check the path of the analysis definition");
  if (!text) return std::unexpected(text.error());
  return parseAnalysisDefinition(*text, path);
}

const char* areaMethodName(AreaMethod method) {
  switch (method) {
    case AreaMethod::kNone:
      return "none";
    case AreaMethod::kBuffer:
      return "buffer";
    case AreaMethod::kGiven:
      return "given";
    case AreaMethod::kNearest:
      break;
  }
  return "nearest";
}

}  // namespace geo::analysis
