#include "geo/analysis/apportion.h"

#include <functional>
#include <unordered_map>
#include <unordered_set>

#include "geo/ops/geos_ops.h"
#include "geo/ops/overlay.h"

namespace geo::analysis {
namespace {

std::size_t geometryHash(const core::Geometry& geometry) {
  std::size_t seed = geometry.polygons.size();
  auto mix = [&seed](double v) {
    seed ^= std::hash<double>{}(v) + 0x9e3779b97f4a7c15ULL + (seed << 6) + (seed >> 2);
  };
  for (const core::Polygon& polygon : geometry.polygons)
    for (const core::Ring& ring : polygon.rings)
      for (const core::Vec2& p : ring) {
        mix(p.x);
        mix(p.y);
      }
  return seed;
}

bool sameGeometry(const core::Geometry& a, const core::Geometry& b) {
  if (a.polygons.size() != b.polygons.size()) return false;
  for (std::size_t k = 0; k < a.polygons.size(); ++k)
    if (a.polygons[k].rings != b.polygons[k].rings) return false;
  return true;
}

// Accumulates scaled estimates per column and target; summed at the end with
// the ACS sum rule.
struct Buckets {
  std::vector<std::vector<std::vector<Estimate>>> parts;  // [column][target][part]
  Buckets(std::size_t columns, std::size_t targets)
      : parts(columns, std::vector<std::vector<Estimate>>(targets)) {}
  std::vector<Estimate> totals(std::size_t column) const {
    std::vector<Estimate> out;
    for (const auto& list : parts[column]) out.push_back(sum(list));
    return out;
  }
};

void addUnit(const ApportionInput& input,
             std::size_t i,
             const ops::UnitOverlay& overlay,
             bool audit,
             Apportionment& out,
             Buckets& areas,
             Buckets& totals) {
  const double unit_area = overlay.unit_area_m2;
  auto record = [&](std::ptrdiff_t area, double piece, double weight, std::size_t target) {
    AuditRow row{i, area, unit_area, piece, weight, {}};
    for (std::size_t c = 0; c < input.columns.size(); ++c) {
      const Estimate& e = input.columns[c][i];
      row.moved.push_back(e.missing ? 0.0 : weight * e.value);
      if (e.missing) continue;
      if (area >= 0)
        areas.parts[c][std::size_t(area)].push_back(scaled(weight, e));
      else
        totals.parts[c][target].push_back(scaled(weight, e));
    }
    if (audit) out.audit.push_back(std::move(row));
  };

  if (unit_area <= 0.0) {
    out.zero_area_units.push_back(i);
    record(-1, 0.0, 1.0, 1);
    return;
  }
  for (const auto& [area, piece] : overlay.pieces)
    record(std::ptrdiff_t(area), piece, piece / unit_area, 0);
  const double served_weight = overlay.covered_area_m2 / unit_area;
  // "served" and "outside" are kept in totals[0] and totals[1]; no audit row for served.
  for (std::size_t c = 0; c < input.columns.size(); ++c)
    if (!input.columns[c][i].missing)
      totals.parts[c][0].push_back(scaled(served_weight, input.columns[c][i]));
  const double outside_weight = 1.0 - served_weight;
  if (outside_weight > 0.0) record(-1, unit_area - overlay.covered_area_m2, outside_weight, 1);
}

}  // namespace

std::vector<std::size_t> duplicateUnits(const std::vector<std::string>& ids,
                                        const std::vector<core::Geometry>& units) {
  std::vector<std::size_t> duplicates;
  std::unordered_set<std::string> seen_ids;
  std::unordered_multimap<std::size_t, std::size_t> seen_shapes;
  for (std::size_t i = 0; i < units.size(); ++i) {
    bool duplicate = i < ids.size() && !ids[i].empty() && !seen_ids.insert(ids[i]).second;
    const std::size_t hash = geometryHash(units[i]);
    auto [first, last] = seen_shapes.equal_range(hash);
    for (auto it = first; it != last && !duplicate && !units[i].empty(); ++it)
      duplicate = sameGeometry(units[it->second], units[i]);
    if (duplicate)
      duplicates.push_back(i);
    else
      seen_shapes.emplace(hash, i);
  }
  return duplicates;
}

core::Result<Apportionment> apportion(const ApportionInput& input,
                                      const ApportionOptions& options,
                                      core::Progress* progress) {
  Apportionment out;
  auto units = ops::makeValidPolygons(input.units);
  if (!units) return std::unexpected(units.error());
  auto areas = ops::makeValidPolygons(input.areas);
  if (!areas) return std::unexpected(areas.error());
  out.repaired_units = units->repaired;
  out.repaired_areas = areas->repaired;
  out.duplicate_units = duplicateUnits(input.unit_ids, units->geometries);

  auto overlay = ops::overlayAreas(units->geometries,
                                   areas->geometries,
                                   ops::OverlayOptions{.threads = options.threads},
                                   progress);
  if (!overlay) return std::unexpected(overlay.error());

  const std::size_t columns = input.columns.size();
  Buckets by_area(columns, input.areas.size()), totals(columns, 2), inputs(columns, 1);
  out.missing_units.resize(columns);
  std::unordered_set<std::size_t> skip(out.duplicate_units.begin(), out.duplicate_units.end());
  for (std::size_t i = 0; i < input.units.size(); ++i) {
    if (skip.contains(i)) continue;
    for (std::size_t c = 0; c < columns; ++c) {
      if (input.columns[c][i].missing)
        out.missing_units[c].push_back(i);
      else
        inputs.parts[c][0].push_back(input.columns[c][i]);
    }
    addUnit(input, i, (*overlay)[i], options.audit, out, by_area, totals);
  }

  for (std::size_t c = 0; c < columns; ++c) {
    out.by_area.push_back(by_area.totals(c));
    const std::vector<Estimate> served_outside = totals.totals(c);
    out.served.push_back(served_outside[0]);
    out.outside.push_back(served_outside[1]);
    out.input_total.push_back(inputs.totals(c)[0]);
  }
  return out;
}

}  // namespace geo::analysis
