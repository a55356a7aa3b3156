#include "geo/analysis/analysis_run.h"

#include <chrono>

#include <fmt/format.h>

#include "geo/analysis/analysis_inputs.h"
#include "geo/analysis/impact_text.h"
#include "geo/analysis/representative_points.h"
#include "geo/core/log.h"
#include "geo/ops/geos_ops.h"
#include "geo/proj/reproject.h"
#include "geo/proj/transformer.h"

namespace geo::analysis {
namespace {

core::Result<void> checkCancel(core::Progress* progress, double fraction) {
  if (progress == nullptr) return {};
  if (progress->cancelled()) return core::fail(core::ErrorCode::kCancelled, "analysis cancelled");
  progress->report(fraction);
  return {};
}

core::Result<core::Layer> loadInCrs(const LayerSource& source,
                                    const std::string& crs,
                                    std::vector<std::string>& notes) {
  auto layer = detail::loadSource(source, notes);
  if (!layer) return layer;
  return proj::reprojectLayer(*layer, crs);
}

// Service areas of `facilities` by the given method, in the analysis CRS.
core::Result<void> buildAreas(const ServiceAreaSpec& spec,
                              const AnalysisResult& run,
                              std::vector<std::string>& notes,
                              ServiceState& state) {
  state.areas.clear();
  state.area_ids.clear();
  if (spec.method == AreaMethod::kGiven) {
    auto layer = loadInCrs(spec.given, run.analysis_crs, notes);
    if (!layer) return std::unexpected(layer.error());
    auto ids = detail::textColumn(*layer, spec.id_field);
    if (!ids) return std::unexpected(ids.error());
    state.areas = layer->geometries;
    state.area_ids = *ids;
    return {};
  }
  for (const Facility& f : state.facilities) state.area_ids.push_back(f.id);
  if (spec.method == AreaMethod::kNearest) {
    std::vector<core::Vec2> sites;
    for (const Facility& f : state.facilities) sites.push_back(f.location);
    auto cells = ops::voronoiCells(sites, run.study_area);
    if (!cells) return std::unexpected(cells.error());
    state.areas = std::move(*cells);
  } else if (spec.method == AreaMethod::kBuffer) {
    for (const Facility& f : state.facilities) {
      auto disc = ops::bufferPoint(f.location, spec.distance_m);
      if (!disc) return std::unexpected(disc.error());
      state.areas.push_back(std::move(*disc));
    }
  } else {
    state.area_ids.clear();
  }
  return {};
}

ApportionInput apportionInput(const AnalysisResult& run, const ServiceState& state) {
  ApportionInput input{
      .unit_ids = run.unit_ids, .units = run.units, .column_names = run.column_names};
  input.columns.push_back(run.population);
  for (const GroupCounts& g : run.groups) input.columns.push_back(g.count);
  input.area_ids = state.area_ids;
  input.areas = state.areas;
  return input;
}

core::Result<void> computeState(const AnalysisResult& run,
                                const ServiceAreaSpec& areas,
                                const std::vector<std::string>& unit_systems,
                                bool by_system,
                                std::vector<std::string>& notes,
                                ServiceState& state) {
  AccessInput access{.points = run.points};
  if (by_system) access.unit_systems = unit_systems;
  for (const Facility& f : state.facilities) {
    access.facilities.push_back(f.location);
    if (by_system) access.facility_systems.push_back(f.system);
  }
  auto nearest = nearestFacilities(access);
  if (!nearest) return std::unexpected(nearest.error());
  state.access = std::move(*nearest);

  if (auto ok = buildAreas(areas, run, notes, state); !ok) return ok;
  auto apportioned = apportion(apportionInput(run, state));
  if (!apportioned) return std::unexpected(apportioned.error());
  state.apportionment = std::move(*apportioned);

  auto owner = ops::coveringPolygon(access.facilities, run.units);
  if (!owner) return std::unexpected(owner.error());
  state.resources.assign(run.units.size(), 0.0);
  for (std::ptrdiff_t unit : *owner)
    if (unit >= 0) state.resources[std::size_t(unit)] += 1.0;
  state.geographic_disparity = geographicDisparity(state.resources, run.population);

  std::vector<double> distances;
  for (const UnitAccess& a : state.access) distances.push_back(a.distance_m);
  state.equity = equityStatistics(
      distances, run.population, run.groups, state.resources, run.definition.coverage_threshold_m);
  return {};
}

core::Result<FacilityEdits> editsOf(const ScenarioSpec& spec, const std::string& crs) {
  auto to_crs = proj::Transformer::create("EPSG:4326", crs);
  if (!to_crs) return std::unexpected(to_crs.error());
  FacilityEdits edits{.close = spec.close, .merge_systems = spec.merge_systems};
  for (const FacilityPoint& p : spec.add)
    edits.add.push_back(
        Facility{p.id, p.name, to_crs->forward(core::Vec2{p.lon, p.lat}), p.system});
  for (const FacilityPoint& p : spec.relocate)
    edits.relocate.emplace_back(p.id, to_crs->forward(core::Vec2{p.lon, p.lat}));
  return edits;
}

core::Result<ServiceLineResult> runLine(const ServiceLineSpec& spec,
                                        const AnalysisResult& run,
                                        std::vector<std::string>& notes) {
  ServiceLineResult line{.id = spec.id,
                         .name = spec.name,
                         .scenario_name = spec.scenario.name,
                         .area_method = spec.service_areas.method};
  auto layer = loadInCrs(spec.facilities, run.analysis_crs, notes);
  if (!layer) return std::unexpected(layer.error());
  auto facilities = detail::facilitiesOf(*layer, spec);
  if (!facilities) return std::unexpected(facilities.error());
  const bool by_system = !spec.system_field.empty() && !run.unit_systems.empty();

  line.baseline.facilities = *facilities;
  if (auto ok =
          computeState(run, spec.service_areas, run.unit_systems, by_system, notes, line.baseline);
      !ok)
    return std::unexpected(ok.error());

  auto edits = editsOf(spec.scenario, run.analysis_crs);
  if (!edits) return std::unexpected(edits.error());
  auto edited = applyEdits(*facilities, *edits);
  if (!edited) return std::unexpected(edited.error());
  line.scenario.facilities = std::move(*edited);
  std::vector<std::string> systems;
  for (const std::string& s : run.unit_systems) systems.push_back(mergedSystem(s, *edits));
  const ServiceAreaSpec& areas = spec.scenario.service_areas.value_or(spec.service_areas);
  if (auto ok = computeState(run, areas, systems, by_system, notes, line.scenario); !ok)
    return std::unexpected(ok.error());

  std::vector<double> before, after;
  for (const UnitAccess& a : line.baseline.access) before.push_back(a.distance_m);
  for (const UnitAccess& a : line.scenario.access) after.push_back(a.distance_m);
  line.impact = assessImpact(before, after, run.groups, run.definition.tests);
  line.flags = flagSentences(line, run.definition, i18n::Language::kEnglish);
  line.findings = findingSentences(line, run.definition, i18n::Language::kEnglish);
  return line;
}

core::Result<void> loadUnits(const AnalysisDefinition& d, AnalysisResult& run) {
  auto units = loadInCrs(d.units, run.analysis_crs, run.notes);
  if (!units) return std::unexpected(units.error());
  auto ids = detail::textColumn(*units, d.unit_id_field);
  if (!ids) return std::unexpected(ids.error());
  run.unit_ids = std::move(*ids);
  if (!d.unit_system_field.empty()) {
    auto systems = detail::textColumn(*units, d.unit_system_field);
    if (!systems) return std::unexpected(systems.error());
    run.unit_systems = std::move(*systems);
  }
  auto repaired = ops::makeValidPolygons(units->geometries);
  if (!repaired) return std::unexpected(repaired.error());
  if (!repaired->repaired.empty())
    run.notes.push_back(
        fmt::format("{} unit polygons repaired with MakeValid", repaired->repaired.size()));
  run.units = std::move(repaired->geometries);

  auto population = detail::populationCounts(units->table, d.population);
  auto groups = population ? detail::groupCounts(units->table, d.groups, d.population)
                           : std::unexpected(population.error());
  if (!groups) return std::unexpected(groups.error());
  run.population = std::move(*population);
  run.groups = std::move(*groups);
  run.column_names = {d.population};
  for (const GroupCounts& g : run.groups) run.column_names.push_back(g.id);

  auto points = representativePoints(run.units);
  if (!points) return std::unexpected(points.error());
  run.points = std::move(points->points);
  return {};
}

core::Result<void> loadStudyArea(const AnalysisDefinition& d, AnalysisResult& run) {
  auto study = detail::loadSource(d.study_area, run.notes);
  if (!study) return std::unexpected(study.error());
  auto crs = detail::analysisCrs(*study, d.analysis_crs);
  if (!crs) return std::unexpected(crs.error());
  run.analysis_crs = *crs;
  auto projected = proj::reprojectLayer(*study, run.analysis_crs);
  if (!projected) return std::unexpected(projected.error());
  run.analysis_crs_wkt = projected->crs_wkt;
  auto merged = ops::unionPolygons(projected->geometries);
  if (!merged) return std::unexpected(merged.error());
  run.study_area = std::move(*merged);
  return {};
}

}  // namespace

core::Result<AnalysisResult> runAnalysis(const AnalysisDefinition& definition,
                                         core::Progress* progress) {
  const auto start = std::chrono::steady_clock::now();
  AnalysisResult run{.definition = definition};
  if (auto ok = loadStudyArea(definition, run); !ok) return std::unexpected(ok.error());
  if (auto ok = checkCancel(progress, 0.1); !ok) return std::unexpected(ok.error());
  if (auto ok = loadUnits(definition, run); !ok) return std::unexpected(ok.error());

  const double lines = double(definition.service_lines.size());
  for (const ServiceLineSpec& spec : definition.service_lines) {
    if (auto ok = checkCancel(progress, 0.3 + 0.7 * double(run.lines.size()) / lines); !ok)
      return std::unexpected(ok.error());
    auto line = runLine(spec, run, run.notes);
    if (!line) return std::unexpected(line.error());
    run.lines.push_back(std::move(*line));
  }
  if (progress) progress->report(1.0);
  const auto seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start);
  core::logInfo("analysis",
                "ran '{}' in {}: {} units, {} groups, {} service lines, {:.2f} s",
                definition.name,
                run.analysis_crs,
                run.units.size(),
                run.groups.size(),
                run.lines.size(),
                seconds.count());
  return run;
}

}  // namespace geo::analysis
