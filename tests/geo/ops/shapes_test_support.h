#pragma once

// Small polygons shared by the geometry and analysis tests (coordinates in metres).

#include "geo/core/geometry.h"

namespace geo::test {

inline core::Geometry rect(double x0, double y0, double x1, double y1) {
  core::Geometry g{.kind = core::GeometryKind::kPolygon};
  g.polygons.push_back(core::Polygon{{{{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}}}});
  return g;
}

// A U shape 10 x 10 m whose centroid lies in the notch, outside the polygon.
inline core::Geometry uShape() {
  core::Geometry g{.kind = core::GeometryKind::kPolygon};
  g.polygons.push_back(
      core::Polygon{{{{0, 0}, {10, 0}, {10, 10}, {8, 10}, {8, 2}, {2, 2}, {2, 10}, {0, 10}}}});
  return g;
}

}  // namespace geo::test
