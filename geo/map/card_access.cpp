#include "geo/map/card_access.h"

#include <algorithm>
#include <cmath>
#include <optional>

#include "geo/ops/geos_ops.h"
#include "geo/ops/overlay.h"
#include "geo/proj/transformer.h"

namespace geo::map {
namespace {

constexpr const char* kFields[] = {"baseline_m", "scenario_m", "population"};
constexpr double kSingleUnitShare = 0.99;

// Σ w·P·d / Σ w·P over the units with a distance.
struct WeightedMean {
  double weighted_sum = 0.0, weight = 0.0;
  void add(double w, double d) {
    weighted_sum += w * d;
    weight += w;
  }
  std::optional<double> value() const {
    return weight > 0 ? std::optional(weighted_sum / weight) : std::nullopt;
  }
};

core::Result<core::Geometry> featureInCrs(const MapLayer& layer,
                                          std::size_t row,
                                          const std::string& crs) {
  auto transformer = proj::Transformer::create(layer.data.crs_wkt, crs);
  if (!transformer) return std::unexpected(transformer.error());
  return transformer->forward(layer.data.geometries.at(row));
}

}  // namespace

bool isEquityUnitsLayer(const MapLayer& layer) {
  for (const char* field : kFields)
    if (!layer.data.table.fieldIndex(field)) return false;
  return true;
}

core::Result<CardAccess> cardAccessFor(const MapLayer& units,
                                       const MapLayer& layer,
                                       std::size_t row) {
  if (!isEquityUnitsLayer(units))
    return core::fail(core::Error{.code = core::ErrorCode::kNotFound,
                                  .message = "not an equity units layer",
                                  .layer = units.spec.id,
                                  .field = "baseline_m, scenario_m, population"});
  auto feature = featureInCrs(layer, row, units.data.crs_wkt);
  if (!feature) return std::unexpected(feature.error());
  auto valid_feature = ops::makeValidPolygons({*feature});
  if (!valid_feature) return std::unexpected(valid_feature.error());
  auto valid_units = ops::makeValidPolygons(units.data.geometries);
  if (!valid_units) return std::unexpected(valid_units.error());
  auto overlay =
      ops::overlayAreas(valid_units->geometries, valid_feature->geometries, {.threads = 1});
  if (!overlay) return std::unexpected(overlay.error());

  const auto& table = units.data.table;
  const std::size_t today = *table.fieldIndex(kFields[0]);
  const std::size_t proposal = *table.fieldIndex(kFields[1]);
  const std::size_t population = *table.fieldIndex(kFields[2]);
  WeightedMean mean_today, mean_proposal;
  double all_people = 0.0, largest = 0.0;  // apportioned, with or without a distance
  for (std::size_t u = 0; u < overlay->size(); ++u) {
    const ops::UnitOverlay& o = (*overlay)[u];
    const auto people = table.number(u, population);
    if (o.pieces.empty() || o.unit_area_m2 <= 0 || !people || *people <= 0) continue;
    const double w = o.pieces.front().second / o.unit_area_m2 * *people;
    all_people += w;
    largest = std::max(largest, w);
    if (auto d = table.number(u, today)) mean_today.add(w, *d);
    if (auto d = table.number(u, proposal)) mean_proposal.add(w, *d);
  }
  const bool averaged = all_people > 0 && largest < kSingleUnitShare * all_people;
  return CardAccess{
      .today_m = mean_today.value(), .proposal_m = mean_proposal.value(), .averaged = averaged};
}

}  // namespace geo::map
