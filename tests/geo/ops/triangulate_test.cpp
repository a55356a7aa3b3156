#include "geo/ops/triangulate.h"

#include <gtest/gtest.h>

#include <cmath>
#include <numbers>
#include <random>

namespace geo::ops {
namespace {

using geo::core::Geometry;
using geo::core::GeometryKind;
using geo::core::Polygon;
using geo::core::Ring;
using geo::core::Vec2;

struct Triangles {
  std::vector<Vec2> vertices;
  std::vector<std::uint32_t> indices;

  std::size_t count() const { return indices.size() / 3; }
  double area(std::size_t t) const {
    Vec2 a = vertices[indices[3 * t]];
    Vec2 b = vertices[indices[3 * t + 1]];
    Vec2 c = vertices[indices[3 * t + 2]];
    return ((b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x)) / 2;
  }
  double totalArea() const {
    double sum = 0;
    for (std::size_t t = 0; t < count(); ++t) sum += area(t);
    return sum;
  }
  double smallestArea() const {
    double smallest = 0;
    for (std::size_t t = 0; t < count(); ++t) smallest = std::min(smallest, area(t));
    return smallest;
  }
};

Triangles triangulate(const Polygon& polygon) {
  Triangles out;
  triangulatePolygon(polygon, out.vertices, out.indices);
  return out;
}

// Triangles tile the polygon: same total area, none turned over.
void expectTiles(const Polygon& polygon) {
  Triangles t = triangulate(polygon);
  double expected = geo::core::polygonArea(polygon);
  EXPECT_NEAR(t.totalArea(), expected, 1e-9 * expected);
  EXPECT_GE(t.smallestArea(), 0.0);
}

Ring square(double x0, double y0, double size) {
  return {{x0, y0}, {x0 + size, y0}, {x0 + size, y0 + size}, {x0, y0 + size}};
}

// A star-shaped ring around `centre`: jittered angles (gaps under two steps)
// and radii in [r_min, r_max].
Ring randomStar(std::mt19937& rng, Vec2 centre, int count, double r_min, double r_max) {
  std::uniform_real_distribution<double> unit(0.0, 1.0);
  Ring ring;
  double step = 2 * std::numbers::pi / count;
  for (int k = 0; k < count; ++k) {
    double angle = step * (k + 0.8 * unit(rng));
    double radius = r_min + (r_max - r_min) * unit(rng);
    ring.push_back({centre.x + radius * std::cos(angle), centre.y + radius * std::sin(angle)});
  }
  return ring;
}

TEST(Triangulate, ConcaveCombTilesItsArea) {
  // A comb: a spine along the bottom with five teeth pointing up.
  Ring comb{{0, 0}, {10, 0}, {10, 5}, {9, 5}, {9, 1}, {8, 1}, {8, 5}, {7, 5},
            {7, 1}, {6, 1},  {6, 5},  {5, 5}, {5, 1}, {4, 1}, {4, 5}, {3, 5},
            {3, 1}, {2, 1},  {2, 5},  {1, 5}, {1, 1}, {0, 1}};
  Polygon polygon{{comb}};
  EXPECT_DOUBLE_EQ(geo::core::polygonArea(polygon), 10.0 + 5 * 4.0);
  expectTiles(polygon);
}

TEST(Triangulate, ClockwiseCShapeTilesItsArea) {
  Ring c_shape{{0, 0}, {0, 3}, {3, 3}, {3, 2}, {1, 2}, {1, 1}, {3, 1}, {3, 0}};  // clockwise
  expectTiles(Polygon{{c_shape}});
  EXPECT_EQ(triangulate(Polygon{{c_shape}}).count(), 6u);  // n - 2 triangles
}

TEST(Triangulate, SquareWithTwoHolesTilesOuterMinusHoles) {
  Polygon polygon{{square(0, 0, 10), square(1, 1, 3), square(5, 6, 2)}};
  EXPECT_DOUBLE_EQ(geo::core::polygonArea(polygon), 100.0 - 9.0 - 4.0);
  expectTiles(polygon);
}

TEST(Triangulate, HolesSharingTheRayTilesTheArea) {
  // Both holes' right-most vertices lie on y = 5, so one ray meets the other hole.
  Polygon polygon{{square(0, 0, 20), {{2, 4}, {4, 5}, {2, 6}}, {{8, 3}, {12, 5}, {8, 7}}}};
  expectTiles(polygon);
}

TEST(Triangulate, MultiPartGeometryTilesEveryPart) {
  Geometry geometry{
      .kind = GeometryKind::kPolygon,
      .polygons = {Polygon{{square(0, 0, 4), square(1, 1, 1)}}, Polygon{{square(10, 10, 2)}}}};
  Triangles t;
  triangulateGeometry(geometry, t.vertices, t.indices);
  EXPECT_EQ(t.vertices.size(), 12u);
  EXPECT_NEAR(t.totalArea(), 16.0 - 1.0 + 4.0, 1e-12);
  EXPECT_GE(t.smallestArea(), 0.0);
}

TEST(Triangulate, SpiralTilesItsArea) {
  Ring inner;
  Ring outer;
  for (int i = 0; i <= 600; ++i) {
    double angle = 6 * std::numbers::pi * i / 600;
    double r = 1 + angle;  // turns are 2*pi apart, the arm is 2 wide
    inner.push_back({r * std::cos(angle), r * std::sin(angle)});
    outer.push_back({(r + 2) * std::cos(angle), (r + 2) * std::sin(angle)});
  }
  Ring spiral = inner;
  spiral.insert(spiral.end(), outer.rbegin(), outer.rend());
  expectTiles(Polygon{{spiral}});
}

TEST(Triangulate, SelfTouchingRingTilesItsArea) {
  // Two squares that meet at (2, 2), drawn as one ring through that point twice.
  Ring ring{{0, 0}, {2, 0}, {2, 2}, {4, 2}, {4, 4}, {2, 4}, {2, 2}, {0, 2}};
  expectTiles(Polygon{{ring}});
}

TEST(Triangulate, CollinearRingGivesNoTriangles) {
  Triangles line = triangulate(Polygon{{{{0, 0}, {1, 1}, {2, 2}, {3, 3}, {1, 1}}}});
  EXPECT_EQ(line.count(), 0u);
  Triangles repeated = triangulate(Polygon{{{{5, 5}, {5, 5}, {5, 5}, {5, 5}}}});
  EXPECT_EQ(repeated.count(), 0u);
  Triangles two_points = triangulate(Polygon{{{{0, 0}, {1, 0}}}});
  EXPECT_EQ(two_points.count(), 0u);
  EXPECT_EQ(triangulate(Polygon{}).count(), 0u);
}

TEST(Triangulate, DuplicateAndCollinearVerticesAreSkipped) {
  Ring ring{{0, 0}, {0, 0}, {2, 0}, {4, 0}, {4, 4}, {4, 4}, {0, 4}, {0, 0}};
  expectTiles(Polygon{{ring}});
  EXPECT_EQ(triangulate(Polygon{{ring}}).count(), 2u);
}

TEST(Triangulate, HoleThatNoRayReachesIsIgnored) {
  Triangles t = triangulate(Polygon{{square(0, 0, 2), square(10, 10, 1)}});
  EXPECT_NEAR(t.totalArea(), 4.0, 1e-12);
}

TEST(Triangulate, HoleTouchingTheExteriorTilesTheArea) {
  // The hole's right-most vertex (4, 2) lies on the exterior's right edge.
  Polygon on_edge{{square(0, 0, 4), {{2, 1}, {4, 2}, {2, 3}}}};
  expectTiles(on_edge);
  // The hole shares the exterior's corner (4, 4).
  Polygon at_corner{{square(0, 0, 4), {{2, 2}, {3, 2}, {4, 4}, {2, 3}}}};
  expectTiles(at_corner);
}

TEST(Triangulate, RandomSelfIntersectingRingsNeverHangOrIndexOutOfRange) {
  // Random points on a coarse grid: crossings, repeats and collinear runs.
  std::mt19937 rng(99);
  std::uniform_int_distribution<int> coordinate(0, 6);
  std::uniform_int_distribution<int> size(3, 120);  // over 80 uses the z-order index
  for (int trial = 0; trial < 500; ++trial) {
    Polygon polygon;
    for (int r = 0, rings = 1 + trial % 3; r < rings; ++r) {
      Ring ring;
      for (int i = size(rng); i > 0; --i)
        ring.push_back({1.0 * coordinate(rng), 1.0 * coordinate(rng)});
      polygon.rings.push_back(ring);
    }
    Triangles t = triangulate(polygon);
    ASSERT_EQ(t.indices.size() % 3, 0u);
    for (std::uint32_t index : t.indices) ASSERT_LT(index, t.vertices.size());
  }
}

TEST(Triangulate, RandomStarsWithRandomHolesTileTheirArea) {
  std::mt19937 rng(20240601);
  std::uniform_int_distribution<int> vertex_count(8, 60);
  std::uniform_int_distribution<int> hole_count(0, 5);
  std::uniform_real_distribution<double> offset(-2.4, 2.4);
  for (int trial = 0; trial < 300; ++trial) {
    // Edges of the star stay beyond radius 3.5 of its centre; holes stay within 2.9.
    Polygon polygon{{randomStar(rng, {0, 0}, vertex_count(rng), 5.0, 10.0)}};
    std::vector<Vec2> centres;
    for (int h = hole_count(rng), attempts = 0; h > 0 && attempts < 50; ++attempts) {
      Vec2 c{offset(rng), offset(rng)};
      if (std::hypot(c.x, c.y) > 2.4) continue;
      bool apart = std::all_of(centres.begin(), centres.end(), [c](Vec2 o) {
        return std::hypot(c.x - o.x, c.y - o.y) > 1.1;
      });
      if (!apart) continue;
      centres.push_back(c);
      polygon.rings.push_back(randomStar(rng, c, vertex_count(rng) / 4 + 3, 0.2, 0.5));
      --h;
    }
    SCOPED_TRACE(::testing::Message() << "trial " << trial);
    expectTiles(polygon);
  }
}

TEST(Triangulate, LargeRingOfTwentyThousandVerticesCompletes) {
  constexpr int kCount = 20000;
  Ring ring;
  for (int i = 0; i < kCount; ++i) {
    double angle = 2 * std::numbers::pi * i / kCount;
    double r = 1000 + 50 * std::sin(37 * angle) + 20 * std::sin(301 * angle);
    ring.push_back({500000 + r * std::cos(angle), 4600000 + r * std::sin(angle)});
  }
  Polygon polygon{{ring, square(500000, 4600000, 100)}};
  Triangles t = triangulate(polygon);
  // n + 2h - 2 triangles for n = 20,004 vertices in all rings and h = 1 hole.
  EXPECT_EQ(t.count(), static_cast<std::size_t>(kCount + 4));
  double expected = geo::core::polygonArea(polygon);
  EXPECT_NEAR(t.totalArea(), expected, 1e-9 * expected);
}

TEST(Triangulate, FloatVerticesAreRelativeToTheOrigin) {
  Polygon polygon{{square(692000, 4626000, 10)}};
  std::vector<float> xy{7.0f, 7.0f};  // one vertex already in the buffer
  std::vector<std::uint32_t> indices;
  triangulatePolygon(polygon, Vec2{692000, 4626000}, xy, indices);
  ASSERT_EQ(xy.size(), 10u);
  EXPECT_EQ(xy[2], 0.0f);
  EXPECT_EQ(xy[4], 10.0f);
  EXPECT_EQ(xy[9], 10.0f);
  ASSERT_EQ(indices.size(), 6u);
  for (std::uint32_t index : indices) {
    EXPECT_GE(index, 1u);  // indices point past the vertex already there
    EXPECT_LE(index, 4u);
  }
}

}  // namespace
}  // namespace geo::ops
