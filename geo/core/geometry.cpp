#include "geo/core/geometry.h"

#include <cmath>

namespace geo::core {

Box Geometry::bounds() const {
  Box box;
  for (Vec2 p : points) box.expand(p);
  for (const auto& line : lines)
    for (Vec2 p : line) box.expand(p);
  for (const auto& polygon : polygons)
    if (!polygon.rings.empty())
      for (Vec2 p : polygon.rings[0]) box.expand(p);
  return box;
}

std::size_t Geometry::vertexCount() const {
  std::size_t count = points.size();
  for (const auto& line : lines) count += line.size();
  for (const auto& polygon : polygons)
    for (const auto& ring : polygon.rings) count += ring.size();
  return count;
}

double signedRingArea(const Ring& ring) {
  const std::size_t n = ring.size();
  if (n < 3) return 0.0;
  // Shift by the first vertex so large projected coordinates keep their precision.
  const Vec2 origin = ring[0];
  double twice_area = 0.0;
  for (std::size_t i = 1; i + 1 < n; ++i) {
    const double ax = ring[i].x - origin.x, ay = ring[i].y - origin.y;
    const double bx = ring[i + 1].x - origin.x, by = ring[i + 1].y - origin.y;
    twice_area += ax * by - bx * ay;
  }
  return twice_area / 2.0;
}

double polygonArea(const Polygon& polygon) {
  if (polygon.rings.empty()) return 0.0;
  double area = std::abs(signedRingArea(polygon.rings[0]));
  for (std::size_t i = 1; i < polygon.rings.size(); ++i)
    area -= std::abs(signedRingArea(polygon.rings[i]));
  return area;
}

double geometryArea(const Geometry& geometry) {
  double area = 0.0;
  for (const auto& polygon : geometry.polygons) area += polygonArea(polygon);
  return area;
}

bool polygonContains(const Polygon& polygon, Vec2 p) {
  bool inside = false;
  for (const auto& ring : polygon.rings) {
    const std::size_t n = ring.size();
    for (std::size_t i = 0, j = n - 1; i < n; j = i++) {
      const Vec2 a = ring[i], b = ring[j];
      if ((a.y > p.y) != (b.y > p.y) && p.x < (b.x - a.x) * (p.y - a.y) / (b.y - a.y) + a.x)
        inside = !inside;
    }
  }
  return inside;
}

bool geometryContains(const Geometry& geometry, Vec2 p) {
  for (const auto& polygon : geometry.polygons)
    if (polygonContains(polygon, p)) return true;
  return false;
}

}  // namespace geo::core
