// Census estimates apportioned from tracts to areas without an ACS table
// (Hartford's neighborhoods), checked on a worked example computed by hand
// with METHODS.md sections 3 and 6.

#include "geo/analysis/apportioned_indicators.h"

#include <gtest/gtest.h>

#include <cmath>

#include "tests/geo/ops/shapes_test_support.h"

namespace geo::analysis {
namespace {

using test::hartfordStrip;

core::Layer emptyLayer(const std::string& name) {
  core::Layer layer;
  layer.name = name;
  layer.crs_wkt = "EPSG:26918";
  layer.kind = core::GeometryKind::kPolygon;
  return layer;
}

// (estimate, MOE) cells of B01003_001, B03002_001, B03002_012 and B03002_006;
// nullopt estimate = blank cell.
struct TractRow {
  std::optional<double> population, population_moe;
  double race_total, race_total_moe, hispanic, hispanic_moe, asian, asian_moe;
};

core::Layer tracts(const std::vector<TractRow>& rows) {
  core::Layer layer = emptyLayer("tracts");
  for (const char* v : {"B01003_001", "B03002_001", "B03002_012", "B03002_006"})
    for (const char* suffix : {"E", "M"})
      layer.table.addField({std::string(v) + suffix, core::FieldType::kReal});
  auto cell = [](std::optional<double> v) { return v ? core::Value(*v) : core::Value(); };
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const TractRow& r = rows[i];
    layer.table.addRow({cell(r.population),
                        cell(r.population_moe),
                        r.race_total,
                        r.race_total_moe,
                        r.hispanic,
                        r.hispanic_moe,
                        r.asian,
                        r.asian_moe});
    layer.geometries.push_back(hartfordStrip(1000.0 * double(i), 1000.0 * double(i + 1)));
  }
  return layer;
}

core::Layer areas(const std::vector<std::pair<double, double>>& spans) {
  core::Layer layer = emptyLayer("neighborhoods");
  layer.table.addField({"name", core::FieldType::kText});
  for (const auto& [x0, x1] : spans) {
    layer.table.addRow({std::string("area")});
    layer.geometries.push_back(hartfordStrip(x0, x1));
  }
  return layer;
}

// Tracts 0..1000, 1000..2000 and 2000..3000 m (x), 1000 m tall:
//   U0: population 1000 ± 100, race total 1000 ± 100, Hispanic 600 ± 80, Asian 0 ± 20
//   U1: population 2000 ± 150, race total 2000 ± 150, Hispanic 400 ± 90, Asian 0 ± 30
//   U2: population blank, race total 500 ± 50, Hispanic 100 ± 20, Asian 0 ± 10
// Areas: A = 500..1500 (half of U0, half of U1), B = 1500..2000 (half of U1),
//        C = 2500..3000 (half of U2).
std::vector<TractRow> workedTracts() {
  return {{1000, 100, 1000, 100, 600, 80, 0, 20},
          {2000, 150, 2000, 150, 400, 90, 0, 30},
          {std::nullopt, std::nullopt, 500, 50, 100, 20, 0, 10}};
}

TEST(ApportionedIndicators, TheWorkedExampleMatchesTheHandCalculation) {
  auto result = apportionIndicators(tracts(workedTracts()), areas({{500, 1500}, {1500, 2000}}));
  ASSERT_TRUE(result) << result.error().toString();
  EXPECT_EQ(result->analysis_crs, "EPSG:26918");
  const auto& population = result->indicators.at("total_population");
  const auto& hispanic = result->indicators.at("hispanic_share");
  const auto& asian = result->indicators.at("asian_nh_share");

  // A: 0.5·1000 + 0.5·2000 = 1500, MOE sqrt(50² + 75²) = sqrt(8125) = 90.139.
  EXPECT_NEAR(population[0].value, 1500.0, 1e-6);
  EXPECT_NEAR(population[0].moe, 90.1388, 1e-4);
  // Hispanic 0.5·600 + 0.5·400 = 500 ± sqrt(40² + 45²) = 60.208 over 1500 ± 90.139:
  // p = 1/3, MOE = sqrt(3625 − (1/9)·8125) / 1500 = sqrt(2722.22) / 1500 = 0.034783.
  EXPECT_NEAR(hispanic[0].value, 1.0 / 3.0, 1e-9);
  EXPECT_NEAR(hispanic[0].moe, 0.034783, 1e-6);
  // Asian: two zero estimates 0 ± 10 and 0 ± 15: only the larger MOE counts,
  // so 0 ± 15 (not sqrt(100 + 225) = 18.03), and the share is 0 ± 15 / 1500 = 0.01.
  EXPECT_NEAR(asian[0].value, 0.0, 1e-12);
  EXPECT_NEAR(asian[0].moe, 0.01, 1e-9);

  // B: 1000 ± 75; Hispanic 200 ± 45 of 1000 ± 75: p = 0.2,
  // MOE = sqrt(2025 − 0.04·5625) / 1000 = sqrt(1800) / 1000 = 0.042426.
  EXPECT_NEAR(population[1].value, 1000.0, 1e-6);
  EXPECT_NEAR(population[1].moe, 75.0, 1e-6);
  EXPECT_NEAR(hispanic[1].value, 0.2, 1e-9);
  EXPECT_NEAR(hispanic[1].moe, 0.042426, 1e-6);
}

TEST(ApportionedIndicators, AnAreaHalfInsideATractWithoutDataHasNoEstimateForThatCount) {
  auto result = apportionIndicators(tracts(workedTracts()), areas({{2500, 3000}}));
  ASSERT_TRUE(result) << result.error().toString();
  // U2 has no population: C's population is missing, not 0 ...
  EXPECT_TRUE(result->indicators.at("total_population")[0].missing);
  // ... while its race columns give the share: 50 ± 10 of 250 ± 25, p = 0.2,
  // MOE = sqrt(100 − 0.04·625) / 250 = sqrt(75) / 250 = 0.034641.
  const Estimate& hispanic = result->indicators.at("hispanic_share")[0];
  ASSERT_FALSE(hispanic.missing);
  EXPECT_NEAR(hispanic.value, 0.2, 1e-9);
  EXPECT_NEAR(hispanic.moe, 0.034641, 1e-6);
}

TEST(ApportionedIndicators, IndicatorsWhoseColumnsTheTableLacksAreLeftOut) {
  auto result = apportionIndicators(tracts(workedTracts()), areas({{0, 1000}}));
  ASSERT_TRUE(result);
  EXPECT_EQ(result->indicators.size(), 3u);  // total_population, hispanic and Asian shares
  EXPECT_FALSE(result->indicators.contains("poverty_share"));
  // An area equal to a tract gets the tract's own numbers.
  EXPECT_NEAR(result->indicators.at("total_population")[0].value, 1000.0, 1e-6);
  EXPECT_NEAR(result->indicators.at("total_population")[0].moe, 100.0, 1e-6);
  EXPECT_NEAR(result->indicators.at("hispanic_share")[0].value, 0.6, 1e-9);
}

TEST(ApportionedIndicators, ALayerWithoutCrsIsRefused) {
  core::Layer target = areas({{0, 1000}});
  target.crs_wkt.clear();
  auto result = apportionIndicators(tracts(workedTracts()), target);
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().code, core::ErrorCode::kCrs);
}

}  // namespace
}  // namespace geo::analysis
