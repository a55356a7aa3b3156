#pragma once

// Small polygons shared by the geometry and analysis tests (coordinates in metres).

#include "geo/core/geometry.h"

namespace geo::test {

inline core::Geometry rect(double x0, double y0, double x1, double y1) {
  core::Geometry g{.kind = core::GeometryKind::kPolygon};
  g.polygons.push_back(core::Polygon{{{{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}}}});
  return g;
}

// A strip 1000 m tall from x0 to x1 metres east of a point in NAD83 / UTM zone
// 18N (EPSG:26918) near Hartford, so an analysis CRS chosen for it is that CRS.
inline core::Geometry hartfordStrip(double x0, double x1) {
  constexpr double kX = 690'000, kY = 4'625'000;
  return rect(kX + x0, kY, kX + x1, kY + 1000);
}

// A U shape 10 x 10 m whose centroid lies in the notch, outside the polygon.
inline core::Geometry uShape() {
  core::Geometry g{.kind = core::GeometryKind::kPolygon};
  g.polygons.push_back(
      core::Polygon{{{{0, 0}, {10, 0}, {10, 10}, {8, 10}, {8, 2}, {2, 2}, {2, 10}, {0, 10}}}});
  return g;
}

}  // namespace geo::test
