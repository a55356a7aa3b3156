#include "geo/ops/simplify.h"

#include <algorithm>
#include <cmath>
#include <utility>

namespace geo::ops {
namespace {

using geo::core::Polygon;
using geo::core::Ring;
using geo::core::Vec2;

// Squared distance from p to the segment ab (to a when a == b).
double squaredSegmentDistance(Vec2 p, Vec2 a, Vec2 b) {
  double dx = b.x - a.x;
  double dy = b.y - a.y;
  double length2 = dx * dx + dy * dy;
  double t = length2 > 0 ? ((p.x - a.x) * dx + (p.y - a.y) * dy) / length2 : 0.0;
  t = std::clamp(t, 0.0, 1.0);
  double ex = a.x + t * dx - p.x;
  double ey = a.y + t * dy - p.y;
  return ex * ex + ey * ey;
}

// The index in (first, last) farthest from segment first-last, with its squared distance.
std::pair<std::size_t, double> farthest(const std::vector<Vec2>& points,
                                        std::size_t first,
                                        std::size_t last) {
  std::size_t index = first;
  double best = -1.0;
  for (std::size_t i = first + 1; i < last; ++i) {
    double d2 = squaredSegmentDistance(points[i], points[first], points[last]);
    if (d2 > best) {
      best = d2;
      index = i;
    }
  }
  return {index, best};
}

// Marks the vertices Douglas-Peucker keeps between first and last (both kept).
void markKept(const std::vector<Vec2>& points,
              std::size_t first,
              std::size_t last,
              double tolerance,
              std::vector<char>& keep) {
  double tolerance2 = tolerance * tolerance;
  keep[first] = 1;
  keep[last] = 1;
  std::vector<std::pair<std::size_t, std::size_t>> stack{{first, last}};
  while (!stack.empty()) {
    auto [a, b] = stack.back();
    stack.pop_back();
    if (b - a < 2) continue;
    auto [index, d2] = farthest(points, a, b);
    if (d2 <= tolerance2) continue;
    keep[index] = 1;
    stack.push_back({a, index});
    stack.push_back({index, b});
  }
}

bool usableTolerance(double tolerance) {
  return tolerance > 0 && std::isfinite(tolerance);
}

std::size_t farthestFrom(const Ring& ring, Vec2 p) {
  std::size_t index = 0;
  double best = -1.0;
  for (std::size_t i = 0; i < ring.size(); ++i) {
    double d2 = (ring[i].x - p.x) * (ring[i].x - p.x) + (ring[i].y - p.y) * (ring[i].y - p.y);
    if (d2 > best) {
      best = d2;
      index = i;
    }
  }
  return index;
}

}  // namespace

std::vector<Vec2> simplifyLine(const std::vector<Vec2>& line, double tolerance) {
  if (line.size() < 3 || !usableTolerance(tolerance)) return line;
  std::vector<char> keep(line.size(), 0);
  markKept(line, 0, line.size() - 1, tolerance, keep);

  std::vector<Vec2> out;
  for (std::size_t i = 0; i < line.size(); ++i) {
    if (keep[i]) out.push_back(line[i]);
  }
  return out;
}

std::optional<Ring> simplifyRing(const Ring& ring, double tolerance) {
  if (ring.size() < 3) return std::nullopt;
  if (!usableTolerance(tolerance)) return ring;
  if (std::abs(geo::core::signedRingArea(ring)) < tolerance * tolerance) return std::nullopt;

  // Close the ring and split it at vertex 0 and the vertex farthest from it,
  // so neither half starts and ends at the same point.
  std::vector<Vec2> closed = ring;
  closed.push_back(ring.front());
  std::size_t split = farthestFrom(ring, ring.front());
  std::vector<char> keep(closed.size(), 0);
  markKept(closed, 0, split, tolerance, keep);
  markKept(closed, split, ring.size(), tolerance, keep);

  // Two vertices left: add back the one farthest from the chord they span.
  std::size_t kept = 0;
  for (std::size_t i = 0; i < ring.size(); ++i) kept += keep[i];
  if (kept < 3) keep[farthest(closed, 0, split).first] = 1;
  if (kept < 3) keep[farthest(closed, split, ring.size()).first] = 1;

  Ring out;
  for (std::size_t i = 0; i < ring.size(); ++i) {
    if (keep[i]) out.push_back(ring[i]);
  }
  return out;
}

std::optional<Polygon> simplifyPolygon(const Polygon& polygon, double tolerance) {
  if (polygon.rings.empty()) return std::nullopt;
  auto exterior = simplifyRing(polygon.rings[0], tolerance);
  if (!exterior) return std::nullopt;

  Polygon out;
  out.rings.push_back(std::move(*exterior));
  for (std::size_t r = 1; r < polygon.rings.size(); ++r) {
    if (auto hole = simplifyRing(polygon.rings[r], tolerance))
      out.rings.push_back(std::move(*hole));
  }
  return out;
}

geo::core::Geometry simplifyGeometry(const geo::core::Geometry& geometry, double tolerance) {
  geo::core::Geometry out{.kind = geometry.kind, .points = geometry.points};
  for (const auto& line : geometry.lines) out.lines.push_back(simplifyLine(line, tolerance));
  for (const auto& polygon : geometry.polygons) {
    if (auto simplified = simplifyPolygon(polygon, tolerance)) {
      out.polygons.push_back(std::move(*simplified));
    }
  }
  return out;
}

}  // namespace geo::ops
