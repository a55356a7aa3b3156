#include "geo/map/feature_index.h"

#include <algorithm>
#include <cmath>

namespace geo::map {

using core::Box;
using core::Vec2;

FeatureIndex::FeatureIndex(const core::Layer& layer) {
  boxes_.reserve(layer.geometries.size());
  for (const auto& g : layer.geometries) {
    boxes_.push_back(g.bounds());
    bounds_.expand(boxes_.back());
  }
  if (bounds_.empty()) return;
  // About one feature per cell, at most 1024 x 1024 cells.
  const int side = std::clamp(static_cast<int>(std::sqrt(double(boxes_.size()))), 1, 1024);
  columns_ = rows_ = side;
  cell_w_ = std::max(bounds_.width() / columns_, 1e-9);
  cell_h_ = std::max(bounds_.height() / rows_, 1e-9);
  cells_.resize(static_cast<std::size_t>(columns_) * rows_);
  for (std::uint32_t i = 0; i < boxes_.size(); ++i)
    forCells(boxes_[i], [&](std::vector<std::uint32_t>& cell) { cell.push_back(i); });
}

void FeatureIndex::forCells(const Box& box, auto&& visit) const {
  if (box.empty() || !box.intersects(bounds_)) return;
  auto col = [&](double x) { return std::clamp(int((x - bounds_.min_x) / cell_w_), 0, columns_ - 1); };
  auto row = [&](double y) { return std::clamp(int((y - bounds_.min_y) / cell_h_), 0, rows_ - 1); };
  for (int r = row(box.min_y); r <= row(box.max_y); ++r)
    for (int c = col(box.min_x); c <= col(box.max_x); ++c)
      visit(const_cast<std::vector<std::uint32_t>&>(cells_[std::size_t(r) * columns_ + c]));
}

double distanceToSegment(Vec2 p, Vec2 a, Vec2 b) {
  const double dx = b.x - a.x, dy = b.y - a.y;
  const double len2 = dx * dx + dy * dy;
  double t = len2 > 0 ? ((p.x - a.x) * dx + (p.y - a.y) * dy) / len2 : 0.0;
  t = std::clamp(t, 0.0, 1.0);
  return std::hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

namespace {

double distanceToGeometry(const core::Geometry& g, Vec2 p) {
  double best = INFINITY;
  for (Vec2 q : g.points) best = std::min(best, std::hypot(q.x - p.x, q.y - p.y));
  for (const auto& line : g.lines)
    for (std::size_t i = 0; i + 1 < line.size(); ++i)
      best = std::min(best, distanceToSegment(p, line[i], line[i + 1]));
  return best;
}

}  // namespace

std::optional<std::uint32_t> FeatureIndex::pick(const core::Layer& layer,
                                                Vec2 p,
                                                double tolerance) const {
  Box query;
  query.expand(Vec2{p.x - tolerance, p.y - tolerance});
  query.expand(Vec2{p.x + tolerance, p.y + tolerance});
  std::optional<std::uint32_t> best;
  double best_distance = INFINITY;
  forCells(query, [&](const std::vector<std::uint32_t>& cell) {
    for (std::uint32_t i : cell) {
      if (!boxes_[i].intersects(query) || i >= layer.geometries.size()) continue;
      const core::Geometry& g = layer.geometries[i];
      if (g.kind == core::GeometryKind::kPolygon) {
        if (core::geometryContains(g, p) && (!best || i > *best)) best = i, best_distance = 0;
        continue;
      }
      const double d = distanceToGeometry(g, p);
      if (d <= tolerance && d < best_distance) best = i, best_distance = d;
    }
  });
  return best;
}

}  // namespace geo::map
