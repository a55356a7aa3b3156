#include "geo/analysis/equity.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <vector>

namespace geo::analysis {
namespace {

// METHODS.md section 8 worked example: (total pop, group, distance km).
struct WorkedExample {
  std::vector<double> distance_km{1.2, 2.5, 4.0, 7.0};
  std::vector<double> population{2000, 1500, 500, 0};
  std::vector<double> group{300, 900, 450, 0};
  std::vector<double> others{1700, 600, 50, 0};
};

std::vector<Estimate> exact(const std::vector<double>& values) {
  std::vector<Estimate> out;
  for (double v : values) out.push_back(Estimate{v, 0.0});
  return out;
}

GroupCounts exampleGroup(const WorkedExample& ex) {
  return GroupCounts{"g", "Group", exact(ex.group), exact(ex.population)};
}

TEST(Equity, WorkedExampleMeansAndRatiosMatchMethods) {
  WorkedExample ex;
  const EquitySummary summary =
      equityStatistics(ex.distance_km, exact(ex.population), {exampleGroup(ex)}, {}, 2.5);
  const GroupEquity& g = summary.groups[0];
  EXPECT_NEAR(*summary.mean_access_m, 2.0375, 1e-4);
  EXPECT_NEAR(*g.mean_access_m, 2.6727, 1e-4);
  EXPECT_NEAR(*g.others_mean_access_m, 1.5915, 1e-4);
  EXPECT_NEAR(*g.ratio_vs_total, 1.3118, 1e-4);
  EXPECT_NEAR(*g.ratio_vs_others, 1.6794, 1e-4);
}

TEST(Equity, WorkedExampleCoverageDissimilarityGiniTheilMatchMethods) {
  WorkedExample ex;
  const EquitySummary summary =
      equityStatistics(ex.distance_km, exact(ex.population), {exampleGroup(ex)}, {}, 2.5);
  const GroupEquity& g = summary.groups[0];
  EXPECT_NEAR(g.coverage.value, 0.7273, 1e-4);
  EXPECT_NEAR(*g.dissimilarity, 0.5416, 1e-4);
  EXPECT_NEAR(*summary.gini, 0.2400, 1e-4);
  EXPECT_NEAR(*summary.theil, 0.1038, 1e-4);
}

TEST(Equity, TheilSplitsIntoBetweenAndWithinThatAddUp) {
  WorkedExample ex;
  const auto split = theilDecomposition(ex.distance_km, {ex.group, ex.others});
  ASSERT_TRUE(split);
  EXPECT_NEAR(split->total, 0.1038, 1e-4);
  EXPECT_NEAR(split->between + split->within, split->total, 1e-12);
  EXPECT_GT(split->between, 0.0);
  // Hand calculation: group mean 2.6727, others 1.5915, pooled 2.0375.
  const double s_group = 1650 * 2.672727 / (4000 * 2.0375);
  const double s_others = 2350 * 1.591489 / (4000 * 2.0375);
  EXPECT_NEAR(split->between,
              s_group * std::log(2.672727 / 2.0375) + s_others * std::log(1.591489 / 2.0375),
              1e-5);
}

TEST(Equity, ZeroPopulationUnitContributesNothingAndNoNan) {
  const std::vector<double> d{1.0, std::numeric_limits<double>::quiet_NaN()};
  const std::vector<double> w{10.0, 0.0};
  EXPECT_DOUBLE_EQ(*weightedMean(d, w), 1.0);
  EXPECT_FALSE(weightedMean(std::vector<double>{1.0}, std::vector<double>{0.0}));
}

TEST(Equity, GroupMissingEverywhereGivesNoStatisticsNotNan) {
  WorkedExample ex;
  GroupCounts missing{
      "m", "Missing", std::vector<Estimate>(4, Estimate::missingValue()), exact(ex.population)};
  const EquitySummary summary =
      equityStatistics(ex.distance_km, exact(ex.population), {missing}, {}, 2.5);
  const GroupEquity& g = summary.groups[0];
  EXPECT_FALSE(g.mean_access_m);
  EXPECT_FALSE(g.ratio_vs_total);
  EXPECT_FALSE(g.dissimilarity);
  EXPECT_TRUE(g.coverage.missing);
}

TEST(Equity, NoFacilitiesLeavesMeansUndefinedAndCoverageZero) {
  const double inf = std::numeric_limits<double>::infinity();
  WorkedExample ex;
  const std::vector<double> d(4, inf);
  const EquitySummary summary =
      equityStatistics(d, exact(ex.population), {exampleGroup(ex)}, {}, 2.5);
  EXPECT_FALSE(summary.mean_access_m);
  EXPECT_FALSE(summary.gini);
  EXPECT_DOUBLE_EQ(*summary.coverage, 0.0);
  EXPECT_DOUBLE_EQ(summary.groups[0].people_without_access, 1650.0);
}

TEST(Equity, GeographicDisparityIsResourceShareMinusPopulationShareWithInterval) {
  const std::vector<double> resources{1.0, 0.0};
  const std::vector<Estimate> people{Estimate{300, 60}, Estimate{900, 80}};
  const auto scores = geographicDisparity(resources, people);
  // Unit 0: 1/1 - 300/1200 = 0.75; the share's MOE is 0.04545 at 90 % if the
  // total had MOE 100, here the total's MOE is sqrt(60^2 + 80^2) = 100.
  EXPECT_NEAR(scores[0].score, 0.75, 1e-12);
  EXPECT_NEAR(scores[0].ci_high - scores[0].score, 1.96 * 0.0454545 / 1.645, 1e-5);
  EXPECT_TRUE(scores[0].significant);
  EXPECT_NEAR(scores[1].score, -0.75, 1e-12);
}

TEST(Equity, DemographicDisparityNotSignificantWhenIntervalContainsZero) {
  const std::vector<double> resources{1.0, 1.0};
  const std::vector<Estimate> group{Estimate{50, 40}, Estimate{50, 40}};
  const std::vector<Estimate> universe{Estimate{100, 10}, Estimate{100, 10}};
  const DisparityScore score = demographicDisparity(resources, group, universe);
  EXPECT_NEAR(score.score, 0.0, 1e-12);
  EXPECT_FALSE(score.significant);
  EXPECT_LT(score.ci_low, 0.0);
  EXPECT_GT(score.ci_high, 0.0);
}

}  // namespace
}  // namespace geo::analysis
