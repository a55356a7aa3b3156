#include "geo/proj/crs_choice.h"

#include <gtest/gtest.h>

namespace geo::proj {
namespace {

using geo::core::Box;

Box around(double lon, double lat) {
  return Box{lon - 0.1, lat - 0.1, lon + 0.1, lat + 0.1};
}

TEST(CrsChoice, HartfordGetsNad83UtmZone18) {
  EXPECT_EQ(chooseProjectedCrs(around(-72.7, 41.76)), "EPSG:26918");
}

TEST(CrsChoice, AnchorageGetsNad83UtmZone6) {
  EXPECT_EQ(chooseProjectedCrs(around(-149.9, 61.2)), "EPSG:26906");
}

TEST(CrsChoice, NorthernSouthAmericaGetsWgs84NotNad83) {
  EXPECT_EQ(chooseProjectedCrs(around(-74.07, 4.71)), "EPSG:32618");  // Bogotá
}

TEST(CrsChoice, OtherContinentsGetWgs84UtmByHemisphere) {
  EXPECT_EQ(chooseProjectedCrs(around(2.35, 48.85)), "EPSG:32631");    // Paris
  EXPECT_EQ(chooseProjectedCrs(around(151.2, -33.87)), "EPSG:32756");  // Sydney
  EXPECT_EQ(chooseProjectedCrs(around(-58.38, -34.6)), "EPSG:32721");  // Buenos Aires
}

TEST(CrsChoice, ZoneComesFromTheCentreOfTheBounds) {
  // Zone 18 spans lon -78..-72 and zone 19 starts at -72.
  EXPECT_EQ(chooseProjectedCrs(Box{-74.0, 40.0, -70.0, 42.0}), "EPSG:26919");  // centre -72
  EXPECT_EQ(chooseProjectedCrs(Box{-74.0, 40.0, -70.2, 42.0}), "EPSG:26918");  // centre -72.1
}

TEST(CrsChoice, ChosenCrsIsInMetres) {
  auto metres = metresPerUnit(chooseProjectedCrs(around(-72.7, 41.76)));
  ASSERT_TRUE(metres);
  EXPECT_EQ(*metres, 1.0);
}

TEST(CrsChoice, MetresPerUnitOfStatePlaneFeetAndOfDegrees) {
  auto feet = metresPerUnit("EPSG:6434");
  ASSERT_TRUE(feet);
  EXPECT_NEAR(*feet, 1200.0 / 3937.0, 1e-15);

  auto degrees = metresPerUnit("EPSG:4269");
  ASSERT_FALSE(degrees);
  EXPECT_EQ(degrees.error().code, geo::core::ErrorCode::kCrs);
}

}  // namespace
}  // namespace geo::proj
