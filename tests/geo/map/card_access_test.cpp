// The distances of a neighborhood card from an equity units layer, on a worked
// example: area weights by hand, population-weighted means by hand.

#include "geo/map/card_access.h"

#include <gtest/gtest.h>

#include "geo/proj/transformer.h"
#include "tests/geo/ops/shapes_test_support.h"

namespace geo::map {
namespace {

using test::hartfordStrip;

// Units 0..1000, 1000..2000, 2000..3000 m:
//   U0: 1000 people, 400 m today, 400 m under the proposal
//   U1: 3000 people, 1200 m today, 2000 m under the proposal
//   U2:  500 people, no facility today (null), 800 m under the proposal
MapLayer equityUnits() {
  MapLayer layer;
  layer.spec.id = "equity_units";
  layer.data.crs_wkt = "EPSG:26918";
  layer.data.kind = core::GeometryKind::kPolygon;
  for (const char* f : {"baseline_m", "scenario_m", "population"})
    layer.data.table.addField({f, core::FieldType::kReal});
  layer.data.table.addRow({400.0, 400.0, 1000.0});
  layer.data.table.addRow({1200.0, 2000.0, 3000.0});
  layer.data.table.addRow({core::Value(), 800.0, 500.0});
  layer.data.geometries = {
      hartfordStrip(0, 1000), hartfordStrip(1000, 2000), hartfordStrip(2000, 3000)};
  return layer;
}

MapLayer areas(const std::vector<core::Geometry>& shapes, const std::string& crs = "EPSG:26918") {
  MapLayer layer;
  layer.spec.id = "areas";
  layer.data.crs_wkt = crs;
  layer.data.kind = core::GeometryKind::kPolygon;
  layer.data.table.addField({"name", core::FieldType::kText});
  for (const auto& g : shapes) {
    layer.data.table.addRow({std::string("a")});
    layer.data.geometries.push_back(g);
  }
  return layer;
}

TEST(CardAccess, AnAreaOverTwoUnitsGetsThePopulationWeightedMean) {
  // 500..1500: half of U0 (500 people) and half of U1 (1500 people).
  // Today (500·400 + 1500·1200) / 2000 = 1000 m; proposal (500·400 + 1500·2000) / 2000 = 1600 m.
  auto access = cardAccessFor(equityUnits(), areas({hartfordStrip(500, 1500)}), 0);
  ASSERT_TRUE(access) << access.error().toString();
  EXPECT_NEAR(*access->today_m, 1000.0, 1e-6);
  EXPECT_NEAR(*access->proposal_m, 1600.0, 1e-6);
  EXPECT_TRUE(access->averaged);
}

TEST(CardAccess, AFeatureThatIsAUnitGetsItsOwnDistances) {
  auto access = cardAccessFor(equityUnits(), areas({hartfordStrip(1000, 2000)}), 0);
  ASSERT_TRUE(access);
  EXPECT_NEAR(*access->today_m, 1200.0, 1e-6);
  EXPECT_NEAR(*access->proposal_m, 2000.0, 1e-6);
  EXPECT_FALSE(access->averaged);
}

TEST(CardAccess, UnitsWithoutAFacilityAreLeftOutOfThatMeanOnly) {
  // 1500..3000: half of U1 (1500 people) and all of U2 (500, no distance today).
  // Today 1200 m (U1 alone); proposal (1500·2000 + 500·800) / 2000 = 1700 m.
  auto access = cardAccessFor(equityUnits(), areas({hartfordStrip(1500, 3000)}), 0);
  ASSERT_TRUE(access);
  EXPECT_NEAR(*access->today_m, 1200.0, 1e-6);
  EXPECT_NEAR(*access->proposal_m, 1700.0, 1e-6);
  EXPECT_TRUE(access->averaged);
}

TEST(CardAccess, AFeatureInLongitudeLatitudeIsTransformedFirst) {
  auto to_lonlat = proj::Transformer::create("EPSG:26918", "EPSG:4326");
  ASSERT_TRUE(to_lonlat);
  auto lonlat = to_lonlat->forward(hartfordStrip(1000, 2000));
  ASSERT_TRUE(lonlat);
  auto access = cardAccessFor(equityUnits(), areas({*lonlat}, "EPSG:4326"), 0);
  ASSERT_TRUE(access) << access.error().toString();
  // The straight edges bend by millimetres: U1 keeps all but a sliver of the weight.
  EXPECT_NEAR(*access->today_m, 1200.0, 0.5);
  EXPECT_NEAR(*access->proposal_m, 2000.0, 0.5);
}

TEST(CardAccess, AnAreaOutsideEveryUnitHasNoDistance) {
  auto access = cardAccessFor(equityUnits(), areas({hartfordStrip(5000, 6000)}), 0);
  ASSERT_TRUE(access);
  EXPECT_FALSE(access->today_m);
  EXPECT_FALSE(access->proposal_m);
}

TEST(CardAccess, ALayerWithoutTheEquityFieldsIsRefused) {
  auto access = cardAccessFor(areas({hartfordStrip(0, 1000)}), areas({hartfordStrip(0, 1000)}), 0);
  ASSERT_FALSE(access);
  EXPECT_EQ(access.error().code, core::ErrorCode::kNotFound);
}

}  // namespace
}  // namespace geo::map
