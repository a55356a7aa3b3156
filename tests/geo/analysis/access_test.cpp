#include "geo/analysis/access.h"

#include <gtest/gtest.h>

#include <cmath>
#include <random>

namespace geo::analysis {
namespace {

TEST(Access, EquidistantFacilitiesGoToTheSmallestIndex) {
  AccessInput input{.points = {{0, 0}}, .facilities = {{10, 0}, {-10, 0}, {0, 10}}};
  auto access = nearestFacilities(input);
  ASSERT_TRUE(access);
  EXPECT_EQ((*access)[0].facility, 0);
  EXPECT_DOUBLE_EQ((*access)[0].distance_m, 10.0);
}

TEST(Access, NoFacilitiesGivesInfiniteDistanceAndNoFacility) {
  AccessInput input{.points = {{0, 0}, {5, 5}}};
  auto access = nearestFacilities(input);
  ASSERT_TRUE(access);
  EXPECT_TRUE(std::isinf((*access)[1].distance_m));
  EXPECT_EQ((*access)[1].facility, -1);
}

TEST(Access, UnitsOnlyUseTheirOwnSystemUnlessOpenToAll) {
  AccessInput input{.points = {{0, 0}, {0, 0}},
                    .unit_systems = {"A", ""},
                    .facilities = {{1, 0}, {5, 0}},
                    .facility_systems = {"B", "A"}};
  auto access = nearestFacilities(input);
  ASSERT_TRUE(access);
  EXPECT_EQ((*access)[0].facility, 1);  // A may not use B's nearer facility
  EXPECT_EQ((*access)[1].facility, 0);  // no system: any facility
}

TEST(Access, GridSearchAgreesWithBruteForceOnRandomPoints) {
  std::mt19937 rng(42);
  std::uniform_real_distribution<double> coord(-500.0, 10500.0);
  AccessInput input;
  for (int i = 0; i < 2000; ++i) input.points.push_back({coord(rng), coord(rng)});
  for (int f = 0; f < 150; ++f) input.facilities.push_back({coord(rng) * 0.8, coord(rng) * 0.5});
  auto access = nearestFacilities(input);
  ASSERT_TRUE(access);
  for (std::size_t i = 0; i < input.points.size(); ++i) {
    double best = INFINITY;
    for (const core::Vec2& f : input.facilities)
      best = std::min(best, std::hypot(f.x - input.points[i].x, f.y - input.points[i].y));
    ASSERT_DOUBLE_EQ((*access)[i].distance_m, best) << "point " << i;
  }
}

TEST(Access, CancelledProgressStopsWithCancelled) {
  AccessInput input{.points = {{0, 0}}, .facilities = {{1, 1}}};
  core::Progress progress;
  progress.cancel();
  auto access = nearestFacilities(input, &progress);
  ASSERT_FALSE(access);
  EXPECT_EQ(access.error().code, core::ErrorCode::kCancelled);
}

}  // namespace
}  // namespace geo::analysis
