#include "geo/analysis/representative_points.h"

#include "geo/ops/geos_ops.h"

namespace geo::analysis {

core::Result<RepresentativePoints> representativePoints(const std::vector<core::Geometry>& units,
                                                        const SubUnits* sub_units) {
  auto surface = ops::pointsOnSurface(units);
  if (!surface) return std::unexpected(surface.error());
  RepresentativePoints out{std::move(*surface), std::vector<bool>(units.size(), false)};
  if (sub_units == nullptr || sub_units->points.empty()) return out;

  auto owner = ops::coveringPolygon(sub_units->points, units);
  if (!owner) return std::unexpected(owner.error());
  std::vector<core::Vec2> weighted_sum(units.size());
  std::vector<double> weight(units.size(), 0.0);
  for (std::size_t s = 0; s < owner->size(); ++s) {
    const std::ptrdiff_t unit = (*owner)[s];
    const double population = sub_units->population[s];
    if (unit < 0 || !(population > 0.0)) continue;
    weighted_sum[std::size_t(unit)].x += population * sub_units->points[s].x;
    weighted_sum[std::size_t(unit)].y += population * sub_units->points[s].y;
    weight[std::size_t(unit)] += population;
  }

  for (std::size_t i = 0; i < units.size(); ++i) {
    if (weight[i] <= 0.0) continue;
    const core::Vec2 centroid{weighted_sum[i].x / weight[i], weighted_sum[i].y / weight[i]};
    auto inside = ops::coveringPolygon({centroid}, {units[i]});
    if (!inside || (*inside)[0] != 0) continue;
    out.points[i] = centroid;
    out.weighted[i] = true;
  }
  return out;
}

}  // namespace geo::analysis
