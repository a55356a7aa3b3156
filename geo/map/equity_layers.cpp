#include "geo/map/equity_layers.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <set>

#include "geo/carto/classify.h"
#include "geo/i18n/catalog.h"
#include "geo/proj/reproject.h"

namespace geo::map {
namespace {

using analysis::ServiceLineResult;
using analysis::UnitChange;
using core::FieldType;
using core::Value;

constexpr double kCodeBetter = 1, kCodeUnchanged = 2, kCodeWorse = 3;

Value metres(double d) {
  return std::isfinite(d) ? Value(d) : Value();
}

std::optional<double> finite(double d) {
  return std::isfinite(d) ? std::optional(d) : std::nullopt;
}

const char* affectedName(UnitChange change) {
  switch (change) {
    case UnitChange::kAdverse:
      return "worse";
    case UnitChange::kBenefit:
      return "better";
    default:
      return "unchanged";
  }
}

double affectedCode(UnitChange change) {
  switch (change) {
    case UnitChange::kAdverse:
      return kCodeWorse;
    case UnitChange::kBenefit:
      return kCodeBetter;
    default:
      return kCodeUnchanged;
  }
}

// Wraps `data` (analysis CRS) as a MapLayer with its display copy and index.
core::Result<MapLayer> finishLayer(core::Layer data,
                                   const std::string& id,
                                   const std::string& title,
                                   const std::string& display_crs) {
  auto display = proj::reprojectLayer(data, display_crs);
  if (!display) return std::unexpected(display.error());
  MapLayer layer;
  layer.spec.id = id;
  layer.spec.title = title;
  layer.data = std::move(data);
  layer.display = std::move(*display);
  layer.index = FeatureIndex(layer.display);
  return layer;
}

core::Layer emptyLayer(const analysis::AnalysisResult& result, core::GeometryKind kind) {
  core::Layer layer;
  layer.name = result.definition.name;
  layer.source_path = result.definition.path;
  layer.crs_wkt = result.analysis_crs_wkt;
  layer.crs_name = result.analysis_crs;
  layer.kind = kind;
  return layer;
}

// Status of each facility: baseline ones missing after the edits are closed,
// new ones proposed; the scenario location is shown for the rest.
std::vector<std::pair<const analysis::Facility*, double>> facilityStatus(
    const ServiceLineResult& line) {
  std::set<std::string> baseline_ids, scenario_ids;
  for (const auto& f : line.baseline.facilities) baseline_ids.insert(f.id);
  for (const auto& f : line.scenario.facilities) scenario_ids.insert(f.id);
  std::vector<std::pair<const analysis::Facility*, double>> out;
  for (const auto& f : line.baseline.facilities)
    if (!scenario_ids.count(f.id)) out.emplace_back(&f, 2.0);
  for (const auto& f : line.scenario.facilities)
    out.emplace_back(&f, baseline_ids.count(f.id) ? 1.0 : 3.0);
  return out;
}

// The facilities layer of a line with the given status codes.
core::Result<MapLayer> facilitiesLayer(
    const analysis::AnalysisResult& result,
    std::size_t line,
    const std::vector<std::pair<const analysis::Facility*, double>>& facilities,
    const std::string& display_crs,
    i18n::Language language) {
  core::Layer data = emptyLayer(result, core::GeometryKind::kPoint);
  data.table.addField({"id", FieldType::kText});
  data.table.addField({"name", FieldType::kText});
  data.table.addField({"status", FieldType::kText});
  data.table.addField({"status_code", FieldType::kReal});
  static const char* const kStatus[] = {"", "open", "closed", "proposed"};
  for (const auto& [facility, code] : facilities) {
    data.table.addRow({facility->id, facility->name, std::string(kStatus[int(code)]), code});
    core::Geometry g;
    g.kind = core::GeometryKind::kPoint;
    g.points = {facility->location};
    data.geometries.push_back(std::move(g));
  }
  const std::string title =
      fmt::format(fmt::runtime(i18n::tr(language, "equity.layer.facilities")),
                  result.lines.at(line).name);
  return finishLayer(std::move(data), kEquityFacilitiesLayerId, title, display_crs);
}

StyleSpec codedStyle(const std::string& field, std::vector<std::string> labels) {
  StyleSpec s;
  s.type = StyleType::kChoropleth;
  s.field = field;
  s.method = "manual";
  s.lower_bound = 0.5;
  s.breaks = {1.5, 2.5, 3.5};
  s.class_labels = std::move(labels);
  return s;
}

}  // namespace

const char* equityMapModeName(EquityMapMode mode) {
  switch (mode) {
    case EquityMapMode::kBaselineAccess:
      return "baseline";
    case EquityMapMode::kScenarioAccess:
      return "scenario";
    case EquityMapMode::kChange:
      return "change";
    case EquityMapMode::kAffected:
      return "affected";
  }
  return "baseline";
}

std::optional<EquityMapMode> equityMapModeFromName(std::string_view name) {
  if (name == "access") return EquityMapMode::kBaselineAccess;
  for (auto m : {EquityMapMode::kBaselineAccess,
                 EquityMapMode::kScenarioAccess,
                 EquityMapMode::kChange,
                 EquityMapMode::kAffected})
    if (name == equityMapModeName(m)) return m;
  return std::nullopt;
}

LockedBreaks accessBreaks(const ServiceLineResult& line, int classes) {
  std::vector<std::optional<double>> pooled;
  for (const auto& a : line.baseline.access) pooled.push_back(finite(a.distance_m));
  for (const auto& a : line.scenario.access) pooled.push_back(finite(a.distance_m));
  auto c = carto::classify(pooled, carto::ClassMethod::kNaturalBreaks, classes);
  if (!c || c->classCount() == 0) return {};
  return {c->lower_bound, c->breaks};
}

LockedBreaks changeBreaks(const analysis::Impact& impact, int classes) {
  double m = 0;
  for (double d : impact.change_m)
    if (std::isfinite(d)) m = std::max(m, std::abs(d));
  if (m == 0) m = 1;
  classes = std::max(3, classes | 1);
  LockedBreaks out{-m, {}};
  for (int k = 1; k < classes; ++k) out.breaks.push_back(-m + 2 * m * k / classes);
  out.breaks.push_back(m);
  return out;
}

core::Result<MapLayer> equityUnitsLayer(const analysis::AnalysisResult& result,
                                        std::size_t line,
                                        const std::string& display_crs,
                                        i18n::Language language) {
  const ServiceLineResult& l = result.lines.at(line);
  core::Layer data = emptyLayer(result, core::GeometryKind::kPolygon);
  data.table.addField({"id", FieldType::kText});
  for (const char* name : {"baseline_m", "scenario_m", "change_m"})
    data.table.addField({name, FieldType::kReal});
  data.table.addField({"affected", FieldType::kText});
  data.table.addField({"affected_code", FieldType::kReal});
  data.table.addField({"population", FieldType::kReal});
  for (std::size_t u = 0; u < result.units.size(); ++u) {
    const UnitChange status = l.impact.status.at(u);
    const bool counted = u < result.population.size() && !result.population[u].missing;
    data.table.addRow({result.unit_ids.at(u),
                       metres(l.baseline.access.at(u).distance_m),
                       metres(l.scenario.access.at(u).distance_m),
                       metres(l.impact.change_m.at(u)),
                       std::string(affectedName(status)),
                       affectedCode(status),
                       counted ? Value(result.population[u].value) : Value()});
    data.geometries.push_back(result.units[u]);
  }
  const std::string title =
      fmt::format(fmt::runtime(i18n::tr(language, "equity.layer.units")), l.name);
  return finishLayer(std::move(data), kEquityUnitsLayerId, title, display_crs);
}

core::Result<MapLayer> equityFacilitiesLayer(const analysis::AnalysisResult& result,
                                             std::size_t line,
                                             const std::string& display_crs,
                                             i18n::Language language) {
  const auto status = facilityStatus(result.lines.at(line));
  return facilitiesLayer(result, line, status, display_crs, language);
}

core::Result<MapLayer> baselineFacilitiesLayer(const analysis::AnalysisResult& result,
                                               std::size_t line,
                                               const std::string& display_crs,
                                               i18n::Language language) {
  std::vector<std::pair<const analysis::Facility*, double>> open;
  for (const auto& f : result.lines.at(line).baseline.facilities) open.emplace_back(&f, 1.0);
  return facilitiesLayer(result, line, open, display_crs, language);
}

StyleSpec equityUnitsStyle(const ServiceLineResult& line,
                           EquityMapMode mode,
                           i18n::Language language) {
  auto text = [language](const char* key) { return i18n::tr(language, key); };
  if (mode == EquityMapMode::kAffected) {
    StyleSpec s = codedStyle("affected_code",
                             {text("equity.affected.better"),
                              text("equity.affected.unchanged"),
                              text("equity.affected.worse")});
    s.ramp = "puor";
    s.value_label = text("equity.mode.affected");
    return s;
  }
  StyleSpec s;
  s.type = StyleType::kChoropleth;
  s.method = "manual";
  s.outline = "#ffffff";
  const bool change = mode == EquityMapMode::kChange;
  const LockedBreaks b = change ? changeBreaks(line.impact) : accessBreaks(line);
  s.field = change                                   ? "change_m"
            : mode == EquityMapMode::kScenarioAccess ? "scenario_m"
                                                     : "baseline_m";
  s.ramp = change ? "puor" : "ylgnbu";
  s.value_label = text(change                                   ? "equity.mode.change"
                       : mode == EquityMapMode::kScenarioAccess ? "equity.mode.scenario"
                                                                : "equity.mode.baseline") +
                  " (m)";
  s.lower_bound = b.lower_bound;
  s.breaks = b.breaks;
  if (s.breaks.empty()) s.breaks = {s.lower_bound + 1};  // nothing finite: one class, all no data
  return s;
}

StyleSpec equityFacilitiesStyle(i18n::Language language) {
  auto text = [language](const char* key) { return i18n::tr(language, key); };
  StyleSpec s = codedStyle("status_code",
                           {text("equity.facility.open"),
                            text("equity.facility.closed"),
                            text("equity.facility.proposed")});
  // Open red-orange, closed hollow (white), proposed yellow: apart from both the
  // blue-green access ramp and the orange-purple change ramp, and from each
  // other in lightness as well as hue.
  s.ramp = "viridis";
  s.class_colors = {"#d7301f", "#ffffff", "#ffd92f"};
  s.outline = "#111111";
  s.point_size_px = 11;
  s.value_label = text("equity.facility.status");
  return s;
}

}  // namespace geo::map
