#pragma once

// FeatureIndex: a uniform grid over feature bounding boxes, for picking the
// feature under a map point. Built once per layer (O(n)); queries touch one cell.
// Read-only after construction, so concurrent queries are safe.

#include <cstdint>
#include <optional>
#include <vector>

#include "geo/core/layer.h"

namespace geo::map {

class FeatureIndex {
 public:
  FeatureIndex() = default;
  explicit FeatureIndex(const core::Layer& layer);

  // The feature at `p`: for polygons the topmost (last drawn, highest row)
  // polygon containing p; for points and lines the nearest within
  // `tolerance` map units. nullopt when none.
  std::optional<std::uint32_t> pick(const core::Layer& layer, core::Vec2 p, double tolerance) const;

 private:
  void forCells(const core::Box& box, auto&& visit) const;

  core::Box bounds_;
  int columns_ = 0, rows_ = 0;
  double cell_w_ = 1, cell_h_ = 1;
  std::vector<std::vector<std::uint32_t>> cells_;
  std::vector<core::Box> boxes_;
};

// Distance from p to segment ab, in the units of the coordinates.
double distanceToSegment(core::Vec2 p, core::Vec2 a, core::Vec2 b);

}  // namespace geo::map
