#include "geo/analysis/access.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace geo::analysis {
namespace {

// Uniform grid of facility indices; cells hold indices in increasing order.
class FacilityGrid {
 public:
  FacilityGrid(const std::vector<core::Vec2>& locations, std::vector<std::size_t> members)
      : locations_(locations), members_(std::move(members)) {
    for (std::size_t f : members_) box_.expand(locations_[f]);
    const double side = std::max({box_.width(), box_.height(), 1.0});
    columns_ = std::clamp<long>(std::lround(std::sqrt(double(members_.size()))), 1, 2048);
    cell_m_ = side / double(columns_) * (1.0 + 1e-9);
    cells_.resize(static_cast<std::size_t>(columns_ * columns_));
    for (std::size_t f : members_) cells_[cellOf(locations_[f])].push_back(f);
  }

  void nearest(core::Vec2 p, UnitAccess& best) const {
    if (members_.empty()) return;
    const core::Vec2 c{std::clamp(p.x, box_.min_x, box_.max_x),
                       std::clamp(p.y, box_.min_y, box_.max_y)};
    const long cx = column(c.x - box_.min_x), cy = column(c.y - box_.min_y);
    for (long ring = 0; ring <= columns_; ++ring) {
      // Points of rings beyond this one are at least ring * cell_m_ away.
      if (ring > 0 && best.distance_m < double(ring - 1) * cell_m_) return;
      visitRing(cx, cy, ring, p, best);
    }
  }

 private:
  long column(double offset) const {
    return std::clamp<long>(long(offset / cell_m_), 0, columns_ - 1);
  }
  std::size_t cellOf(core::Vec2 p) const {
    return std::size_t(column(p.y - box_.min_y) * columns_ + column(p.x - box_.min_x));
  }
  void visitCell(long x, long y, core::Vec2 p, UnitAccess& best) const {
    if (x < 0 || y < 0 || x >= columns_ || y >= columns_) return;
    for (std::size_t f : cells_[std::size_t(y * columns_ + x)]) {
      const double d = std::hypot(locations_[f].x - p.x, locations_[f].y - p.y);
      const auto index = static_cast<std::ptrdiff_t>(f);
      if (d < best.distance_m || (d == best.distance_m && index < best.facility))
        best = UnitAccess{d, index};
    }
  }
  void visitRing(long cx, long cy, long ring, core::Vec2 p, UnitAccess& best) const {
    if (ring == 0) return visitCell(cx, cy, p, best);
    for (long d = -ring; d <= ring; ++d) {
      visitCell(cx + d, cy - ring, p, best);
      visitCell(cx + d, cy + ring, p, best);
    }
    for (long d = -ring + 1; d <= ring - 1; ++d) {
      visitCell(cx - ring, cy + d, p, best);
      visitCell(cx + ring, cy + d, p, best);
    }
  }

  const std::vector<core::Vec2>& locations_;
  std::vector<std::size_t> members_;
  core::Box box_;
  long columns_ = 1;
  double cell_m_ = 1.0;
  std::vector<std::vector<std::size_t>> cells_;
};

}  // namespace

core::Result<std::vector<UnitAccess>> nearestFacilities(const AccessInput& input,
                                                        core::Progress* progress) {
  const bool by_system = !input.unit_systems.empty() && !input.facility_systems.empty();
  if (!input.unit_systems.empty() && input.unit_systems.size() != input.points.size())
    return core::fail(core::ErrorCode::kInvalidData, "one system per unit is needed");
  if (!input.facility_systems.empty() && input.facility_systems.size() != input.facilities.size())
    return core::fail(core::ErrorCode::kInvalidData, "one system per facility is needed");

  // One grid per system; "" holds the facilities open to all.
  std::map<std::string, std::vector<std::size_t>> members;
  for (std::size_t f = 0; f < input.facilities.size(); ++f)
    members[by_system ? input.facility_systems[f] : std::string()].push_back(f);
  std::map<std::string, FacilityGrid> grids;
  for (auto& [system, list] : members) grids.try_emplace(system, input.facilities, std::move(list));

  std::vector<UnitAccess> out(input.points.size());
  for (std::size_t i = 0; i < input.points.size(); ++i) {
    const core::Vec2 p = input.points[i];
    if (std::isnan(p.x) || std::isnan(p.y)) continue;
    if (auto open = grids.find(std::string()); open != grids.end()) open->second.nearest(p, out[i]);
    if (by_system && input.unit_systems[i].empty()) {
      for (const auto& [system, grid] : grids) grid.nearest(p, out[i]);
    } else if (by_system) {
      if (auto own = grids.find(input.unit_systems[i]); own != grids.end())
        own->second.nearest(p, out[i]);
    }
    if (progress && i % 4096 == 0) {
      if (progress->cancelled()) return core::fail(core::ErrorCode::kCancelled, "access cancelled");
      progress->report(double(i) / double(input.points.size()));
    }
  }
  return out;
}

}  // namespace geo::analysis
