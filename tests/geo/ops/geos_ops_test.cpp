#include "geo/ops/geos_ops.h"

#include <gtest/gtest.h>

#include <cmath>
#include <random>

#include "geo/ops/synthetic.h"
#include "tests/geo/ops/shapes_test_support.h"

namespace geo::ops {
namespace {

using test::rect;
using test::uShape;

TEST(GeosOps, PointOnSurfaceLiesInsideConcaveAndRandomUnits) {
  std::vector<core::Geometry> units{uShape()};
  const core::Layer layer = syntheticPolygons({.polygon_count = 200, .seed = 3});
  units.insert(units.end(), layer.geometries.begin(), layer.geometries.end());
  auto points = pointsOnSurface(units);
  ASSERT_TRUE(points);
  for (std::size_t i = 0; i < units.size(); ++i)
    EXPECT_TRUE(core::geometryContains(units[i], (*points)[i])) << "unit " << i;
}

TEST(GeosOps, FacilityOnASharedBoundaryBelongsToTheSmallerIndex) {
  auto owner =
      coveringPolygon({{10, 5}, {15, 5}, {50, 50}}, {rect(10, 0, 20, 10), rect(0, 0, 10, 10)});
  ASSERT_TRUE(owner);
  EXPECT_EQ((*owner)[0], 0);
  EXPECT_EQ((*owner)[1], 0);
  EXPECT_EQ((*owner)[2], -1);
}

TEST(GeosOps, VoronoiCellsTileTheStudyArea) {
  std::mt19937 rng(5);
  std::uniform_real_distribution<double> coord(0.0, 1000.0);
  std::vector<core::Vec2> sites;
  for (int i = 0; i < 25; ++i) sites.push_back({coord(rng), coord(rng)});
  sites.push_back(sites[3]);  // a duplicate site gets an empty cell
  auto study = unionPolygons({rect(0, 0, 1000, 600), rect(300, 500, 900, 1000)});
  ASSERT_TRUE(study);
  auto cells = voronoiCells(sites, *study);
  ASSERT_TRUE(cells);
  ASSERT_EQ(cells->size(), sites.size());
  double total = 0.0;
  for (const core::Geometry& cell : *cells) total += core::geometryArea(cell);
  EXPECT_NEAR(total / core::geometryArea(*study), 1.0, 1e-9);
  EXPECT_TRUE(cells->back().empty());
  // Every cell's points are nearest to its own site.
  auto points = pointsOnSurface(*cells);
  for (std::size_t k = 0; k + 1 < sites.size(); ++k) {
    if ((*cells)[k].empty()) continue;
    const core::Vec2 p = (*points)[k];
    const double own = std::hypot(p.x - sites[k].x, p.y - sites[k].y);
    for (const core::Vec2& s : sites) EXPECT_LE(own, std::hypot(p.x - s.x, p.y - s.y) + 1e-6);
  }
}

TEST(GeosOps, BufferIsADiscOfTheGivenRadius) {
  auto disc = bufferPoint({100, 100}, 500.0);
  ASSERT_TRUE(disc);
  EXPECT_NEAR(core::geometryArea(*disc) / (M_PI * 500.0 * 500.0), 1.0, 2e-3);
  EXPECT_FALSE(bufferPoint({0, 0}, -1.0));
}

TEST(GeosOps, InvalidPolygonsAreRepairedAndListed) {
  core::Geometry bowtie{.kind = core::GeometryKind::kPolygon};
  bowtie.polygons.push_back(core::Polygon{{{{0, 0}, {10, 10}, {10, 0}, {0, 10}}}});
  auto repaired = makeValidPolygons({rect(0, 0, 1, 1), bowtie});
  ASSERT_TRUE(repaired);
  EXPECT_EQ(repaired->repaired, std::vector<std::size_t>{1});
  EXPECT_NEAR(core::geometryArea(repaired->geometries[1]), 50.0, 1e-9);
}

}  // namespace
}  // namespace geo::ops
