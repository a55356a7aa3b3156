#include "geo/store/kpi_map.h"

#include <map>
#include <set>

namespace geo::store {
namespace {

std::set<std::string> unitsOf(const std::vector<KpiValue>& values, const std::string& kpi_id) {
  std::set<std::string> units;
  for (const auto& v : values)
    if (v.kpi_id == kpi_id) units.insert(v.unit_id);
  return units;
}

struct FieldScore {
  std::size_t units = 0;  // distinct KPI units named
  std::size_t rows = 0;   // rows naming one of them
  bool betterThan(const FieldScore& other) const {
    if (units != other.units) return units > other.units;
    return rows < other.rows;
  }
};

FieldScore scoreField(const map::MapLayer& layer,
                      std::size_t field,
                      const std::set<std::string>& units) {
  std::set<std::string> named;
  FieldScore score;
  for (std::size_t r = 0; r < layer.data.size(); ++r) {
    const std::string text = layer.data.table.text(r, field);
    if (!units.contains(text)) continue;
    named.insert(text);
    ++score.rows;
  }
  score.units = named.size();
  return score;
}

}  // namespace

core::Result<carto::Classification> lockedKpiClasses(const std::string& kpi_id,
                                                     const std::vector<KpiValue>& values,
                                                     carto::ClassMethod method,
                                                     int classes) {
  std::vector<std::optional<double>> all;
  for (const auto& v : values)
    if (v.kpi_id == kpi_id) all.push_back(v.value);
  if (all.empty())
    return core::fail(core::Error{.code = core::ErrorCode::kNotFound,
                                  .message = "the KPI has no values to classify",
                                  .field = kpi_id,
                                  .hint = "import KPI values first (equimap kpi import)"});
  return carto::classify(all, method, classes);
}

std::vector<std::optional<double>> kpiValuesForRows(const std::vector<KpiValue>& values,
                                                    const std::string& kpi_id,
                                                    const std::string& period_utc,
                                                    const std::vector<std::string>& row_units) {
  std::map<std::string, double> by_unit;
  for (const auto& v : values)
    if (v.kpi_id == kpi_id && v.period_utc == period_utc) by_unit[v.unit_id] = v.value;
  std::vector<std::optional<double>> out;
  out.reserve(row_units.size());
  for (const auto& unit : row_units) {
    auto it = by_unit.find(unit);
    out.push_back(it == by_unit.end() ? std::nullopt : std::optional<double>(it->second));
  }
  return out;
}

KpiLayerMatch matchKpiLayer(const map::MapDocument& doc,
                            const KpiDefinition& kpi,
                            const std::vector<KpiValue>& values) {
  KpiLayerMatch best;
  if (kpi.level == KpiLevel::kWholeService) return best;
  const auto kind =
      kpi.level == KpiLevel::kFacility ? core::GeometryKind::kPoint : core::GeometryKind::kPolygon;
  const auto units = unitsOf(values, kpi.id);
  FieldScore best_score;
  for (std::size_t i = 0; i < doc.layers.size(); ++i) {
    const auto& layer = doc.layers[i];
    if (layer.display.kind != kind) continue;
    for (std::size_t f = 0; f < layer.data.table.fieldCount(); ++f) {
      const FieldScore score = scoreField(layer, f, units);
      if (score.units == 0 || !score.betterThan(best_score)) continue;
      best_score = score;
      best.layer = int(i);
      best.field = layer.data.table.fields()[f].name;
    }
  }
  if (best.layer < 0) return best;
  const auto& layer = doc.layers[std::size_t(best.layer)];
  const auto field = *layer.data.table.fieldIndex(best.field);
  for (std::size_t r = 0; r < layer.data.size(); ++r)
    best.row_units.push_back(layer.data.table.text(r, field));
  return best;
}

map::StyleSpec kpiStyle(const KpiDefinition& kpi, const map::StyleSpec& base) {
  map::StyleSpec s = base;
  const bool higher = kpi.direction == KpiDirection::kHigherIsBetter;
  s.value_label = kpi.name;
  s.indicator.clear();  // the values are the KPI's, not the layer's own
  s.field.clear();
  s.classes = kKpiClasses;
  s.breaks.clear();
  s.class_labels.clear();
  if (kpi.level == KpiLevel::kFacility) {
    s.type = map::StyleType::kGraduated;
    s.fill = higher ? "#238b45" : "#6a51a3";
    s.outline = "#ffffff";
    s.min_point_size_px = kKpiSymbolMinPx;
    s.point_size_px = kKpiSymbolMaxPx;
    return s;
  }
  s.type = map::StyleType::kChoropleth;
  s.ramp = higher ? "greens" : "purples";
  return s;
}

core::Result<void> showKpiOnLayer(map::MapLayer& layer,
                                  const KpiDefinition& kpi,
                                  const carto::Classification& locked,
                                  const std::vector<KpiValue>& values,
                                  const std::string& period_utc,
                                  const std::vector<std::string>& row_units) {
  auto rows = kpiValuesForRows(values, kpi.id, period_utc, row_units);
  auto classes = carto::reapply(locked, rows);
  if (!classes) return std::unexpected(classes.error());
  layer.spec.style = kpiStyle(kpi, layer.spec.style);
  layer.thematic = map::ThematicValues{kpi.name, kpi.unit == "share", std::move(rows), {}};
  layer.classification = std::move(*classes);
  return {};
}

}  // namespace geo::store
