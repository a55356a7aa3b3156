#include "geo/ops/triangulate.h"

#include "geo/ops/ear_clipper.h"

namespace geo::ops {

using geo::core::Geometry;
using geo::core::Polygon;
using geo::core::Vec2;

void triangulatePolygon(const Polygon& polygon,
                        std::vector<Vec2>& vertices,
                        std::vector<std::uint32_t>& indices) {
  auto first_vertex = static_cast<std::uint32_t>(vertices.size());
  for (const auto& ring : polygon.rings) vertices.insert(vertices.end(), ring.begin(), ring.end());
  EarClipper().run(polygon, first_vertex, indices);
}

void triangulatePolygon(const Polygon& polygon,
                        Vec2 origin,
                        std::vector<float>& xy,
                        std::vector<std::uint32_t>& indices) {
  auto first_vertex = static_cast<std::uint32_t>(xy.size() / 2);
  for (const auto& ring : polygon.rings) {
    for (Vec2 p : ring) {
      xy.push_back(static_cast<float>(p.x - origin.x));
      xy.push_back(static_cast<float>(p.y - origin.y));
    }
  }
  EarClipper().run(polygon, first_vertex, indices);
}

void triangulateGeometry(const Geometry& geometry,
                         std::vector<Vec2>& vertices,
                         std::vector<std::uint32_t>& indices) {
  for (const auto& polygon : geometry.polygons) triangulatePolygon(polygon, vertices, indices);
}

void triangulateGeometry(const Geometry& geometry,
                         Vec2 origin,
                         std::vector<float>& xy,
                         std::vector<std::uint32_t>& indices) {
  for (const auto& polygon : geometry.polygons) {
    triangulatePolygon(polygon, origin, xy, indices);
  }
}

}  // namespace geo::ops
