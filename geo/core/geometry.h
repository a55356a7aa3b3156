#pragma once

// Plain geometry value types shared by io, projection, ops and the renderer.
// Coordinates are doubles in whatever CRS the owning layer states; a Geometry
// does not know its CRS. Rings are stored open (the first vertex is not
// repeated at the end). Polygon::rings[0] is the exterior ring, the rest are
// holes. An empty Geometry (no parts) stands for a null or empty source geometry.

#include <algorithm>
#include <cstdint>
#include <limits>
#include <vector>

namespace geo::core {

struct Vec2 {
  double x = 0.0;
  double y = 0.0;

  friend bool operator==(const Vec2&, const Vec2&) = default;
};

struct Box {
  double min_x = std::numeric_limits<double>::infinity();
  double min_y = std::numeric_limits<double>::infinity();
  double max_x = -std::numeric_limits<double>::infinity();
  double max_y = -std::numeric_limits<double>::infinity();

  bool empty() const { return min_x > max_x || min_y > max_y; }
  double width() const { return empty() ? 0.0 : max_x - min_x; }
  double height() const { return empty() ? 0.0 : max_y - min_y; }
  Vec2 center() const { return {(min_x + max_x) / 2, (min_y + max_y) / 2}; }
  void expand(Vec2 p) {
    min_x = std::min(min_x, p.x);
    min_y = std::min(min_y, p.y);
    max_x = std::max(max_x, p.x);
    max_y = std::max(max_y, p.y);
  }
  void expand(const Box& b) {
    if (b.empty()) return;
    expand(Vec2{b.min_x, b.min_y});
    expand(Vec2{b.max_x, b.max_y});
  }
  bool intersects(const Box& b) const {
    return !empty() && !b.empty() && min_x <= b.max_x && b.min_x <= max_x && min_y <= b.max_y &&
           b.min_y <= max_y;
  }
  bool contains(Vec2 p) const {
    return p.x >= min_x && p.x <= max_x && p.y >= min_y && p.y <= max_y;
  }
};

using Ring = std::vector<Vec2>;

struct Polygon {
  std::vector<Ring> rings;  // rings[0] exterior, others holes; open rings
};

enum class GeometryKind : std::uint8_t { kNone, kPoint, kLine, kPolygon };

// A geometry of one kind with any number of parts (multi-geometries).
struct Geometry {
  GeometryKind kind = GeometryKind::kNone;
  std::vector<Vec2> points;             // kPoint
  std::vector<std::vector<Vec2>> lines;  // kLine
  std::vector<Polygon> polygons;         // kPolygon

  bool empty() const { return points.empty() && lines.empty() && polygons.empty(); }
  Box bounds() const;
  std::size_t vertexCount() const;
};

// Signed area of an open ring by the shoelace formula (counter-clockwise > 0).
double signedRingArea(const Ring& ring);
// Planar area of a polygon: |exterior| minus |holes|, in squared CRS units.
double polygonArea(const Polygon& polygon);
// Planar area of all polygon parts of a geometry; 0 for points and lines.
double geometryArea(const Geometry& geometry);
// Even-odd point-in-polygon test over all rings; boundary points may go either way.
bool polygonContains(const Polygon& polygon, Vec2 p);
bool geometryContains(const Geometry& geometry, Vec2 p);

}  // namespace geo::core
