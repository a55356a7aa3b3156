#include "geo/exhibit/map_frame.h"

#include <gtest/gtest.h>

#include <cmath>
#include <numbers>

namespace geo::exhibit {
namespace {

// Hartford in UTM zone 18N (EPSG:26918): about 72.68 W, 41.76 N.
constexpr core::Vec2 kHartfordUtm{692'500.0, 4'627'000.0};

TEST(MapFrame, WidensTheExtentToTheFrameAspectAndKeepsItsCentre) {
  const MapFrame f = fitFrame({0, 0, 100, 100}, {0, 0, 400, 200});
  EXPECT_DOUBLE_EQ(f.extent.width(), 200.0);
  EXPECT_DOUBLE_EQ(f.extent.height(), 100.0);
  EXPECT_DOUBLE_EQ(f.points_per_unit, 2.0);
  const core::Vec2 top_left = f.toPage({f.extent.min_x, f.extent.max_y});
  EXPECT_DOUBLE_EQ(top_left.x, 0.0);
  EXPECT_DOUBLE_EQ(top_left.y, 0.0);
  EXPECT_DOUBLE_EQ(f.toPage({50, 50}).x, 200.0);
}

TEST(MapFrame, GroundScaleMatchesTheUtmScaleFactorAtHartford) {
  // k = 0.9996 (1 + (dlon cos(lat))^2 / 2) with dlon = 2.32 deg from 75 W.
  auto metres = groundMetresPerUnit("EPSG:26918", kHartfordUtm);
  ASSERT_TRUE(metres.has_value()) << metres.error().toString();
  const auto lonlat_k = 0.9996 * (1 + std::pow(2.32 * std::numbers::pi / 180 * 0.7457, 2) / 2);
  EXPECT_NEAR(*metres, 1.0 / lonlat_k, 2e-5);
}

TEST(MapFrame, ScaleBarIsARoundNumberOfMilesTrueAtTheCentre) {
  // 10 km across 500 pt: 20 m a point, so 150 pt is 1.86 mi -> a 1 mile bar.
  MapFrame f = fitFrame(
      {kHartfordUtm.x - 5000, kHartfordUtm.y - 5000, kHartfordUtm.x + 5000, kHartfordUtm.y + 5000},
      {0, 0, 500, 500});
  auto bar = scaleBar("EPSG:26918", f, ScaleUnits::kImperial, 150.0);
  ASSERT_TRUE(bar.has_value());
  EXPECT_EQ(bar->unit, "mi");
  EXPECT_DOUBLE_EQ(bar->length_units, 1.0);
  auto metres = groundMetresPerUnit("EPSG:26918", kHartfordUtm);
  EXPECT_NEAR(bar->length_pt, 1609.344 / (20.0 * *metres), 1e-6);

  auto metric = scaleBar("EPSG:26918", f, ScaleUnits::kMetric, 150.0);
  ASSERT_TRUE(metric.has_value());
  EXPECT_EQ(metric->unit, "km");
  EXPECT_DOUBLE_EQ(metric->length_units, 2.0);  // 3.0 km fit, 2 is the round number below
}

TEST(MapFrame, ShortScaleBarsUseFeet) {
  MapFrame f = fitFrame(
      {kHartfordUtm.x - 200, kHartfordUtm.y - 200, kHartfordUtm.x + 200, kHartfordUtm.y + 200},
      {0, 0, 400, 400});  // 1 m a point: 100 pt = 328 ft
  auto bar = scaleBar("EPSG:26918", f, ScaleUnits::kImperial, 100.0);
  ASSERT_TRUE(bar.has_value());
  EXPECT_EQ(bar->unit, "ft");
  EXPECT_DOUBLE_EQ(bar->length_units, 200.0);
}

TEST(MapFrame, NorthLeansWestEastOfTheUtmCentralMeridian) {
  // Meridian convergence: gamma = dlon sin(lat) = 2.32 deg x 0.666 = 1.545 deg.
  auto angle = northAngle("EPSG:26918", kHartfordUtm);
  ASSERT_TRUE(angle.has_value());
  EXPECT_NEAR(*angle * 180 / std::numbers::pi, -1.545, 0.02);
}

TEST(MapFrame, NorthIsStraightUpOnTheCentralMeridian) {
  auto angle = northAngle("EPSG:26918", {500'000.0, 4'627'000.0});
  ASSERT_TRUE(angle.has_value());
  EXPECT_NEAR(*angle, 0.0, 1e-6);
}

}  // namespace
}  // namespace geo::exhibit
