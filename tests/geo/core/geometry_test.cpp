#include "geo/core/geometry.h"

#include <gtest/gtest.h>

namespace geo::core {
namespace {

TEST(Geometry, AreaOfSquareWithHoleIsOuterMinusInner) {
  Polygon polygon;
  polygon.rings.push_back({{0, 0}, {10, 0}, {10, 10}, {0, 10}});
  polygon.rings.push_back({{2, 2}, {2, 4}, {4, 4}, {4, 2}});  // clockwise hole
  EXPECT_DOUBLE_EQ(polygonArea(polygon), 100.0 - 4.0);
}

TEST(Geometry, PointInHoleIsOutside) {
  Polygon polygon;
  polygon.rings.push_back({{0, 0}, {10, 0}, {10, 10}, {0, 10}});
  polygon.rings.push_back({{2, 2}, {2, 4}, {4, 4}, {4, 2}});
  EXPECT_TRUE(polygonContains(polygon, {1, 1}));
  EXPECT_FALSE(polygonContains(polygon, {3, 3}));
  EXPECT_FALSE(polygonContains(polygon, {11, 3}));
}

TEST(Geometry, BoundsCoverEveryPart) {
  Geometry g{.kind = GeometryKind::kPoint, .points = {{1, 2}, {-3, 5}}};
  Box b = g.bounds();
  EXPECT_EQ(b.min_x, -3);
  EXPECT_EQ(b.max_y, 5);
}

}  // namespace
}  // namespace geo::core
