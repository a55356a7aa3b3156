#include "app/render/layer_mesh.h"

#include <gtest/gtest.h>

#include <cmath>

#include "geo/ops/synthetic.h"

namespace app::render {
namespace {

double meshArea(const MeshLevel& level) {
  double area = 0;
  for (std::size_t i = 0; i + 2 < level.fill_indices.size(); i += 3) {
    const float* a = &level.positions[level.fill_indices[i] * 2];
    const float* b = &level.positions[level.fill_indices[i + 1] * 2];
    const float* c = &level.positions[level.fill_indices[i + 2] * 2];
    area += 0.5 * ((double(b[0]) - a[0]) * (double(c[1]) - a[1]) -
                   (double(c[0]) - a[0]) * (double(b[1]) - a[1]));
  }
  return area;
}

geo::core::Layer syntheticLayer(std::size_t count) {
  return geo::ops::syntheticPolygons({.polygon_count = count, .vertices_per_polygon = 40});
}

TEST(LayerMesh, FullLevelTrianglesCoverTheLayerArea) {
  const auto layer = syntheticLayer(400);
  const auto mesh = buildLayerMesh(layer, {.threads = 2});
  double expected = 0;
  for (const auto& g : layer.geometries) expected += geo::core::geometryArea(g);
  EXPECT_NEAR(meshArea(mesh.levels[0]), expected, expected * 1e-5);  // float vertices
  EXPECT_EQ(mesh.feature_count, 400u);
}

TEST(LayerMesh, ChunksPartitionEveryIndexOnce) {
  const auto mesh = buildLayerMesh(syntheticLayer(900), {.chunk_grid = 8, .threads = 3});
  const auto& level = mesh.levels[0];
  std::size_t fills = 0, lines = 0;
  for (const auto& c : level.chunks) fills += c.fill_count, lines += c.line_count;
  EXPECT_EQ(fills, level.fill_indices.size());
  EXPECT_EQ(lines, level.line_indices.size());
}

TEST(LayerMesh, EveryVertexKnowsItsFeatureAndOutlinesCloseEachRing) {
  geo::core::Layer layer;
  layer.kind = geo::core::GeometryKind::kPolygon;
  geo::core::Geometry g{.kind = geo::core::GeometryKind::kPolygon};
  g.polygons.push_back({{{{0, 0}, {10, 0}, {10, 10}, {0, 10}}, {{2, 2}, {2, 4}, {4, 4}, {4, 2}}}});
  layer.geometries = {geo::core::Geometry{}, g};  // row 0 has no geometry
  const auto mesh = buildLayerMesh(layer, {.threads = 1});
  const auto& level = mesh.levels[0];
  ASSERT_EQ(level.vertexCount(), 8u);
  for (auto f : level.features) EXPECT_EQ(f, 1u);
  EXPECT_EQ(level.line_indices.size(), 16u);  // 4 + 4 edges, two indices each
  EXPECT_EQ(mesh.feature_line_count[1], 16u);
  EXPECT_EQ(mesh.feature_line_count[0], 0u);
  EXPECT_NEAR(meshArea(level), 96.0, 1e-9);
}

TEST(LayerMesh, LargeLayersGetCoarserLevelsWithFewerVertices) {
  const auto mesh = buildLayerMesh(syntheticLayer(2000), {.lod_min_vertices = 10'000, .threads = 2});
  ASSERT_GE(mesh.levels.size(), 2u);
  EXPECT_LT(mesh.levels[1].vertexCount(), mesh.levels[0].vertexCount());
  // A coarse level is used once a pixel is at least as large as its tolerance.
  EXPECT_EQ(&mesh.levelFor(mesh.levels[1].tolerance * 0.99), &mesh.levels[0]);
  EXPECT_EQ(&mesh.levelFor(mesh.levels[1].tolerance), &mesh.levels[1]);
}

}  // namespace
}  // namespace app::render
