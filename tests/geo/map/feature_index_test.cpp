#include "geo/map/feature_index.h"

#include <gtest/gtest.h>

namespace geo::map {
namespace {

core::Geometry square(double x, double y, double size) {
  core::Geometry g;
  g.kind = core::GeometryKind::kPolygon;
  g.polygons.push_back({{{{x, y}, {x + size, y}, {x + size, y + size}, {x, y + size}}}});
  return g;
}

TEST(FeatureIndex, PicksThePolygonContainingThePoint) {
  core::Layer layer;
  layer.kind = core::GeometryKind::kPolygon;
  for (int i = 0; i < 100; ++i) layer.geometries.push_back(square(i % 10 * 10, i / 10 * 10, 10));
  FeatureIndex index(layer);
  EXPECT_EQ(index.pick(layer, {35, 72}, 0), 73u);
  EXPECT_EQ(index.pick(layer, {0.5, 0.5}, 0), 0u);
  EXPECT_FALSE(index.pick(layer, {150, 150}, 5));
}

TEST(FeatureIndex, OverlappingPolygonsGiveTheTopmostRow) {
  core::Layer layer;
  layer.geometries = {square(0, 0, 10), square(5, 5, 10)};
  FeatureIndex index(layer);
  EXPECT_EQ(index.pick(layer, {7, 7}, 0), 1u);
  EXPECT_EQ(index.pick(layer, {2, 2}, 0), 0u);
}

TEST(FeatureIndex, PointsArePickedWithinTheToleranceOnly) {
  core::Layer layer;
  for (double x : {0.0, 10.0, 20.0})
    layer.geometries.push_back({.kind = core::GeometryKind::kPoint, .points = {{x, 0}}});
  FeatureIndex index(layer);
  EXPECT_EQ(index.pick(layer, {9, 1}, 2), 1u);
  EXPECT_FALSE(index.pick(layer, {5, 0}, 2));
}

TEST(FeatureIndex, EmptyGeometriesAreNeverPicked) {
  core::Layer layer;
  layer.geometries = {core::Geometry{}, square(0, 0, 1)};
  FeatureIndex index(layer);
  EXPECT_EQ(index.pick(layer, {0.5, 0.5}, 0), 1u);
}

TEST(FeatureIndex, DistanceToSegmentClampsToTheEnds) {
  EXPECT_DOUBLE_EQ(distanceToSegment({5, 3}, {0, 0}, {10, 0}), 3.0);
  EXPECT_DOUBLE_EQ(distanceToSegment({13, 4}, {0, 0}, {10, 0}), 5.0);
}

}  // namespace
}  // namespace geo::map
