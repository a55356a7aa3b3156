#include "geo/ops/simplify.h"

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

double segmentDistance(Vec2 p, Vec2 a, Vec2 b) {
  double dx = b.x - a.x;
  double dy = b.y - a.y;
  double t = std::clamp(((p.x - a.x) * dx + (p.y - a.y) * dy) / (dx * dx + dy * dy), 0.0, 1.0);
  return std::hypot(a.x + t * dx - p.x, a.y + t * dy - p.y);
}

// Distance from p to the nearest segment of the polyline.
double polylineDistance(Vec2 p, const std::vector<Vec2>& line) {
  double best = INFINITY;
  for (std::size_t i = 0; i + 1 < line.size(); ++i) {
    best = std::min(best, segmentDistance(p, line[i], line[i + 1]));
  }
  return best;
}

TEST(Simplify, NoiseBelowToleranceLeavesOnlyTheEnds) {
  std::vector<Vec2> line{{0, 0}, {1, 0.1}, {2, -0.1}, {3, 0.05}, {4, 0}};
  std::vector<Vec2> simplified = simplifyLine(line, 0.2);
  EXPECT_EQ(simplified, (std::vector<Vec2>{{0, 0}, {4, 0}}));
}

TEST(Simplify, CornerBeyondToleranceIsKept) {
  // (1, 0.1) and (3, 0.1) are 2.8 / sqrt(13) = 0.777 from the chords through (2, 3).
  std::vector<Vec2> line{{0, 0}, {1, 0.1}, {2, 3}, {3, 0.1}, {4, 0}};
  EXPECT_EQ(simplifyLine(line, 0.8), (std::vector<Vec2>{{0, 0}, {2, 3}, {4, 0}}));
  EXPECT_EQ(simplifyLine(line, 0.75), line);
  EXPECT_EQ(simplifyLine(line, 0.5), line);
}

TEST(Simplify, EveryDroppedVertexLiesWithinToleranceOfTheResult) {
  std::mt19937 rng(7);
  std::normal_distribution<double> step(0.0, 1.0);
  std::vector<Vec2> walk{{0, 0}};
  for (int i = 0; i < 5000; ++i) walk.push_back({walk.back().x + 1, walk.back().y + step(rng)});

  constexpr double kTolerance = 3.0;
  std::vector<Vec2> simplified = simplifyLine(walk, kTolerance);
  EXPECT_LT(simplified.size(), walk.size() / 4);
  EXPECT_EQ(simplified.front(), walk.front());
  EXPECT_EQ(simplified.back(), walk.back());
  for (Vec2 p : walk) ASSERT_LE(polylineDistance(p, simplified), kTolerance + 1e-9);
}

TEST(Simplify, LongStaircaseDoesNotOverflowTheStack) {
  // Every vertex is a corner, so every one is kept: a very deep split tree.
  std::vector<Vec2> stairs;
  for (int i = 0; i < 200000; ++i) stairs.push_back({i * 1.0, (i % 2) * 1.0 + i * 1e-3});
  EXPECT_EQ(simplifyLine(stairs, 0.1).size(), stairs.size());
}

TEST(Simplify, NoisySquareRingKeepsItsFourCorners) {
  Ring ring;
  for (int i = 0; i < 10; ++i) ring.push_back({i * 1.0, (i % 2) * 0.01});
  for (int i = 0; i < 10; ++i) ring.push_back({10.0, i * 1.0});
  for (int i = 0; i < 10; ++i) ring.push_back({10.0 - i, 10.0});
  for (int i = 0; i < 10; ++i) ring.push_back({0.0, 10.0 - i});
  auto simplified = simplifyRing(ring, 0.1);
  ASSERT_TRUE(simplified);
  EXPECT_EQ(*simplified, (Ring{{0, 0}, {10, 0}, {10, 10}, {0, 10}}));
}

TEST(Simplify, RingSmallerThanToleranceSquaredIsDropped) {
  Ring tiny{{0, 0}, {0.5, 0}, {0.5, 0.5}, {0, 0.5}};  // 0.25 < 1²
  EXPECT_FALSE(simplifyRing(tiny, 1.0));
  EXPECT_TRUE(simplifyRing(tiny, 0.4));  // 0.25 >= 0.4²
}

TEST(Simplify, ThinRingKeepsThreeVerticesWithArea) {
  // A long flat sliver: Douglas-Peucker alone would keep only its two ends.
  Ring sliver{{0, 0}, {50, 0.2}, {100, 0}, {50, 0.4}};
  auto simplified = simplifyRing(sliver, 1.0);
  ASSERT_TRUE(simplified);
  EXPECT_GE(simplified->size(), 3u);
  EXPECT_GT(std::abs(geo::core::signedRingArea(*simplified)), 0.0);
}

TEST(Simplify, PolygonDropsVanishingHolesAndKeepsLargeOnes) {
  Polygon polygon{{{{0, 0}, {100, 0}, {100, 100}, {0, 100}},
                   {{10, 10}, {10, 11}, {11, 11}, {11, 10}},
                   {{50, 50}, {50, 70}, {70, 70}, {70, 50}}}};
  auto simplified = simplifyPolygon(polygon, 2.0);
  ASSERT_TRUE(simplified);
  ASSERT_EQ(simplified->rings.size(), 2u);
  EXPECT_EQ(simplified->rings[1], polygon.rings[2]);
}

TEST(Simplify, GeometryLosesOnlyItsVanishingParts) {
  Geometry geometry{.kind = GeometryKind::kPolygon,
                    .polygons = {Polygon{{{{0, 0}, {100, 0}, {100, 100}}}},
                                 Polygon{{{{200, 200}, {201, 200}, {201, 201}}}}}};
  Geometry simplified = simplifyGeometry(geometry, 5.0);
  EXPECT_EQ(simplified.kind, GeometryKind::kPolygon);
  ASSERT_EQ(simplified.polygons.size(), 1u);
  EXPECT_EQ(simplified.polygons[0].rings[0], geometry.polygons[0].rings[0]);
}

TEST(Simplify, ZeroToleranceChangesNothing) {
  Ring ring{{0, 0}, {1, 0}, {2, 0}, {2, 2}};
  EXPECT_EQ(simplifyRing(ring, 0.0), ring);
  std::vector<Vec2> line{{0, 0}, {1, 0}, {2, 0}};
  EXPECT_EQ(simplifyLine(line, -1.0), line);
}

}  // namespace
}  // namespace geo::ops
