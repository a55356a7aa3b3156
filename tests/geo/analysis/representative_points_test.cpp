#include "geo/analysis/representative_points.h"

#include <gtest/gtest.h>

#include <cmath>

namespace geo::analysis {
namespace {

core::Geometry rect(double x0, double y0, double x1, double y1) {
  core::Geometry g{.kind = core::GeometryKind::kPolygon};
  g.polygons.push_back(core::Polygon{{{{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}}}});
  return g;
}

// A U shape whose centroid lies in the notch, outside the polygon.
core::Geometry uShape() {
  core::Geometry g{.kind = core::GeometryKind::kPolygon};
  g.polygons.push_back(
      core::Polygon{{{{0, 0}, {10, 0}, {10, 10}, {8, 10}, {8, 2}, {2, 2}, {2, 10}, {0, 10}}}});
  return g;
}

TEST(RepresentativePoints, WeightedCentroidOutsideTheUnitFallsBackToPointOnSurface) {
  // Two sub-units in the arms of the U: their centroid (5, 6) is in the notch.
  SubUnits subs{{{1, 6}, {9, 6}, {5, 1}}, {100, 100, 0}};
  auto rep = representativePoints({uShape(), rect(20, 0, 30, 10)}, &subs);
  ASSERT_TRUE(rep);
  EXPECT_FALSE(rep->weighted[0]);
  EXPECT_TRUE(core::geometryContains(uShape(), rep->points[0]));

  SubUnits inside{{{0.5, 6}, {5, 1}}, {300, 100}};
  auto rep2 = representativePoints({uShape()}, &inside);
  ASSERT_TRUE(rep2);
  EXPECT_TRUE(rep2->weighted[0]);
  EXPECT_DOUBLE_EQ(rep2->points[0].x, 1.625);
  EXPECT_DOUBLE_EQ(rep2->points[0].y, 4.75);
}

TEST(RepresentativePoints, WithoutSubUnitsEveryPointIsInsideItsUnit) {
  auto rep = representativePoints({uShape(), rect(20, 0, 30, 10), core::Geometry{}});
  ASSERT_TRUE(rep);
  EXPECT_TRUE(core::geometryContains(uShape(), rep->points[0]));
  EXPECT_TRUE(core::geometryContains(rect(20, 0, 30, 10), rep->points[1]));
  EXPECT_TRUE(std::isnan(rep->points[2].x));
}

}  // namespace
}  // namespace geo::analysis
