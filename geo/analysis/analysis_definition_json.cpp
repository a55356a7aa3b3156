#include "geo/analysis/analysis_definition_json.h"

#include <nlohmann/json.hpp>

namespace geo::analysis {
namespace {

using nlohmann::json;

json sourceJson(const LayerSource& s) {
  json j = {{"source", s.source}, {"layer", s.layer}};
  if (s.filter) j["filter"] = {{"field", s.filter->field}, {"values", s.filter->values}};
  if (s.join)
    j["join"] = {{"table", s.join->table}, {"key", s.join->key}, {"table_key", s.join->table_key}};
  return j;
}

json groupJson(const GroupSpec& g) {
  json j = {{"id", g.id}, {"name", g.name}};
  if (!g.indicator.empty()) j["indicator"] = g.indicator;
  if (!g.columns.empty()) j["columns"] = g.columns;
  if (!g.universe.empty()) j["universe"] = g.universe;
  return j;
}

json areasJson(const ServiceAreaSpec& a) {
  json j = {{"method", areaMethodName(a.method)}, {"distance_m", a.distance_m}};
  if (a.method == AreaMethod::kGiven) {
    j["areas"] = sourceJson(a.given);
    j["id_field"] = a.id_field;
  }
  return j;
}

json pointsJson(const std::vector<FacilityPoint>& points) {
  json out = json::array();
  for (const auto& p : points)
    out.push_back(
        {{"id", p.id}, {"name", p.name}, {"lon", p.lon}, {"lat", p.lat}, {"system", p.system}});
  return out;
}

json scenarioJson(const ScenarioSpec& s) {
  json j = {{"name", s.name},
            {"close", s.close},
            {"add", pointsJson(s.add)},
            {"relocate", pointsJson(s.relocate)},
            {"merge_systems", s.merge_systems}};
  if (s.service_areas) j["service_areas"] = areasJson(*s.service_areas);
  return j;
}

json lineJson(const ServiceLineSpec& l) {
  return {{"id", l.id},
          {"name", l.name},
          {"facilities", sourceJson(l.facilities)},
          {"id_field", l.id_field},
          {"name_field", l.name_field},
          {"system_field", l.system_field},
          {"service_areas", areasJson(l.service_areas)},
          {"scenario", scenarioJson(l.scenario)}};
}

}  // namespace

std::string analysisDefinitionJson(const AnalysisDefinition& d) {
  json units = sourceJson(d.units);
  units["id_field"] = d.unit_id_field;
  units["system_field"] = d.unit_system_field;
  json j = {{"name", d.name},
            {"description", d.description},
            {"analysis_crs", d.analysis_crs},
            {"study_area", sourceJson(d.study_area)},
            {"units", units},
            {"population", d.population},
            {"groups", json::array()},
            {"coverage_threshold_m", d.coverage_threshold_m},
            {"tests",
             {{"delta_m", d.tests.delta_m},
              {"difference_threshold", d.tests.difference_threshold},
              {"four_fifths_threshold", d.tests.four_fifths_threshold}}},
            {"service_lines", json::array()}};
  for (const auto& g : d.groups) j["groups"].push_back(groupJson(g));
  for (const auto& l : d.service_lines) j["service_lines"].push_back(lineJson(l));
  return j.dump(2);
}

}  // namespace geo::analysis
