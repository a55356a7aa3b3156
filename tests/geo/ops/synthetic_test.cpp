#include "geo/ops/synthetic.h"

#include <gtest/gtest.h>

#include <set>

#include "geo/ops/triangulate.h"

namespace geo::ops {
namespace {

using geo::core::Box;

SyntheticOptions smallOptions() {
  return SyntheticOptions{.polygon_count = 60,
                          .vertices_per_polygon = 40,
                          .extent = Box{0, 0, 12000, 5000},
                          .seed = 42};
}

TEST(Synthetic, MakesTheRequestedCountsAndFields) {
  geo::core::Layer layer = syntheticPolygons(smallOptions());
  ASSERT_EQ(layer.size(), 60u);
  ASSERT_EQ(layer.geometries.size(), 60u);
  EXPECT_EQ(layer.kind, geo::core::GeometryKind::kPolygon);
  for (const auto& geometry : layer.geometries) {
    ASSERT_EQ(geometry.polygons.size(), 1u);
    ASSERT_EQ(geometry.polygons[0].rings.size(), 1u);
    EXPECT_EQ(geometry.polygons[0].rings[0].size(), 40u);
  }
  auto id = layer.table.fieldIndex("id");
  auto value = layer.table.fieldIndex("value");
  ASSERT_TRUE(id && value);
  EXPECT_EQ(layer.table.text(0, *id), "S000000");
  EXPECT_EQ(layer.table.text(59, *id), "S000059");
}

TEST(Synthetic, ValuesVaryEnoughForAChoropleth) {
  geo::core::Layer layer = syntheticPolygons(smallOptions());
  std::size_t value = *layer.table.fieldIndex("value");
  std::set<double> distinct;
  for (std::size_t row = 0; row < layer.size(); ++row) {
    auto number = layer.table.number(row, value);
    ASSERT_TRUE(number);
    EXPECT_GE(*number, 0.0);
    EXPECT_LE(*number, 100.0);
    distinct.insert(*number);
  }
  EXPECT_GT(distinct.size(), 50u);
  EXPECT_GT(*distinct.rbegin() - *distinct.begin(), 40.0);
}

TEST(Synthetic, PolygonsAreSimpleCounterClockwiseAndInsideTheExtent) {
  geo::core::Layer layer = syntheticPolygons(smallOptions());
  for (const auto& geometry : layer.geometries) {
    const auto& polygon = geometry.polygons[0];
    EXPECT_GT(geo::core::signedRingArea(polygon.rings[0]), 0.0);

    // A simple polygon is tiled by its triangulation.
    std::vector<geo::core::Vec2> vertices;
    std::vector<std::uint32_t> indices;
    triangulatePolygon(polygon, vertices, indices);
    EXPECT_EQ(indices.size(), 3 * (vertices.size() - 2));
    double area = 0;
    for (std::size_t t = 0; t < indices.size(); t += 3) {
      auto a = vertices[indices[t]], b = vertices[indices[t + 1]], c = vertices[indices[t + 2]];
      area += ((b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x)) / 2;
    }
    EXPECT_NEAR(area, geo::core::polygonArea(polygon), 1e-9 * area);

    Box box = geometry.bounds();
    EXPECT_TRUE(Box({0, 0, 12000, 5000}).contains({box.min_x, box.min_y}));
    EXPECT_TRUE(Box({0, 0, 12000, 5000}).contains({box.max_x, box.max_y}));
  }
}

TEST(Synthetic, NeighboursDoNotOverlap) {
  geo::core::Layer layer = syntheticPolygons(smallOptions());
  for (std::size_t i = 0; i < layer.size(); ++i) {
    for (std::size_t j = i + 1; j < layer.size(); ++j) {
      EXPECT_FALSE(layer.geometries[i].bounds().intersects(layer.geometries[j].bounds()))
          << i << " and " << j;
    }
  }
}

TEST(Synthetic, SameSeedSameLayerOtherSeedOtherLayer) {
  SyntheticOptions options = smallOptions();
  geo::core::Layer first = syntheticPolygons(options);
  geo::core::Layer again = syntheticPolygons(options);
  EXPECT_EQ(first.geometries[17].polygons[0].rings[0], again.geometries[17].polygons[0].rings[0]);
  EXPECT_EQ(first.table.text(17, 1), again.table.text(17, 1));

  options.seed = 43;
  geo::core::Layer other = syntheticPolygons(options);
  EXPECT_NE(first.geometries[17].polygons[0].rings[0], other.geometries[17].polygons[0].rings[0]);
}

}  // namespace
}  // namespace geo::ops
