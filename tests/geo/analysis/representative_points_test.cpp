#include "geo/analysis/representative_points.h"

#include <gtest/gtest.h>

#include <cmath>

#include "tests/geo/ops/shapes_test_support.h"

namespace geo::analysis {
namespace {

using test::rect;
using test::uShape;

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
