#include "geo/analysis/apportion.h"

#include <gtest/gtest.h>

#include <cmath>

#include "geo/ops/synthetic.h"
#include "tests/geo/ops/shapes_test_support.h"

namespace geo::analysis {
namespace {

using test::rect;

ApportionInput oneUnit(double people) {
  ApportionInput input;
  input.unit_ids = {"u0"};
  input.units = {rect(0, 0, 10, 10)};
  input.column_names = {"people"};
  input.columns = {{Estimate{people, 100}}};
  return input;
}

TEST(Apportion, MethodsExampleGives400InsideAnd600Outside) {
  ApportionInput input = oneUnit(1000);
  input.area_ids = {"west"};
  input.areas = {rect(-5, -5, 4, 15)};
  auto result = apportion(input);
  ASSERT_TRUE(result) << result.error().toString();
  EXPECT_NEAR(result->by_area[0][0].value, 400.0, 1e-9);
  EXPECT_NEAR(result->by_area[0][0].moe, 40.0, 1e-9);  // w * M
  EXPECT_NEAR(result->outside[0].value, 600.0, 1e-9);
  EXPECT_NEAR(result->served[0].value + result->outside[0].value, 1000.0, 1e-9);
  ASSERT_EQ(result->audit.size(), 2u);
  EXPECT_NEAR(result->audit[0].weight, 0.4, 1e-12);
  EXPECT_EQ(result->audit[1].area, -1);
}

TEST(Apportion, OverlappingAreasCountPeopleOnceInServed) {
  ApportionInput input = oneUnit(1000);
  input.area_ids = {"a", "b"};
  input.areas = {rect(0, 0, 6, 10), rect(4, 0, 10, 10)};
  auto result = apportion(input);
  ASSERT_TRUE(result);
  EXPECT_NEAR(result->by_area[0][0].value + result->by_area[0][1].value, 1200.0, 1e-9);
  EXPECT_NEAR(result->served[0].value, 1000.0, 1e-9);
  EXPECT_NEAR(result->outside[0].value, 0.0, 1e-9);
}

TEST(Apportion, BowTieUnitIsRepairedAndReportedNotDropped) {
  ApportionInput input;
  input.unit_ids = {"bowtie"};
  core::Geometry bowtie{.kind = core::GeometryKind::kPolygon};
  bowtie.polygons.push_back(core::Polygon{{{{0, 0}, {10, 10}, {10, 0}, {0, 10}}}});
  input.units = {bowtie};
  input.column_names = {"people"};
  input.columns = {{Estimate{100, 10}}};
  input.area_ids = {"left"};
  input.areas = {rect(-1, -1, 5, 11)};
  auto result = apportion(input);
  ASSERT_TRUE(result);
  EXPECT_EQ(result->repaired_units, std::vector<std::size_t>{0});
  EXPECT_NEAR(result->by_area[0][0].value, 50.0, 1e-9);  // the left triangle
  EXPECT_NEAR(result->outside[0].value, 50.0, 1e-9);
}

TEST(Apportion, DuplicateUnitsAreReportedAndCountedOnce) {
  ApportionInput input = oneUnit(1000);
  input.unit_ids.push_back("u0");  // same id
  input.units.push_back(rect(20, 0, 30, 10));
  input.unit_ids.push_back("u2");  // same geometry as u0
  input.units.push_back(rect(0, 0, 10, 10));
  input.columns[0].push_back(Estimate{500, 0});
  input.columns[0].push_back(Estimate{700, 0});
  input.area_ids = {"all"};
  input.areas = {rect(-100, -100, 100, 100)};
  auto result = apportion(input);
  ASSERT_TRUE(result);
  EXPECT_EQ(result->duplicate_units, (std::vector<std::size_t>{1, 2}));
  EXPECT_NEAR(result->input_total[0].value, 1000.0, 1e-9);
  EXPECT_NEAR(result->by_area[0][0].value, 1000.0, 1e-9);
}

TEST(Apportion, UnitOutsideEveryAreaGoesWhollyToOutside) {
  ApportionInput input = oneUnit(250);
  input.area_ids = {"far"};
  input.areas = {rect(100, 100, 110, 110)};
  auto result = apportion(input);
  ASSERT_TRUE(result);
  EXPECT_NEAR(result->by_area[0][0].value, 0.0, 1e-12);
  EXPECT_NEAR(result->outside[0].value, 250.0, 1e-9);
}

TEST(Apportion, GridAreasCoveringRandomUnitsConserveTotalsWithin1e9) {
  ops::SyntheticOptions options{
      .polygon_count = 400, .vertices_per_polygon = 30, .extent = {0, 0, 20000, 20000}, .seed = 7};
  const core::Layer layer = ops::syntheticPolygons(options);
  ApportionInput input;
  input.column_names = {"value"};
  input.columns.resize(1);
  for (std::size_t i = 0; i < layer.size(); ++i) {
    input.unit_ids.push_back(layer.table.text(i, 0));
    input.units.push_back(layer.geometries[i]);
    input.columns[0].push_back(Estimate{*layer.table.number(i, 1) * 10.0, 5.0});
  }
  for (int gx = 0; gx < 3; ++gx)
    for (int gy = 0; gy < 3; ++gy) {
      input.area_ids.push_back(std::to_string(gx * 3 + gy));
      input.areas.push_back(rect(gx * 7000.0 - 1000,
                                 gy * 7000.0 - 1000,
                                 (gx + 1) * 7000.0 - 1000,
                                 (gy + 1) * 7000.0 - 1000));
    }
  auto result = apportion(input, {.threads = 2, .audit = false});
  ASSERT_TRUE(result);
  double areas_total = 0.0;
  for (const Estimate& e : result->by_area[0]) areas_total += e.value;
  const double total = result->input_total[0].value;
  EXPECT_NEAR(areas_total / total, 1.0, 1e-9);
  EXPECT_NEAR(result->outside[0].value / total, 0.0, 1e-9);
}

}  // namespace
}  // namespace geo::analysis
