#include "geo/analysis/estimate.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <vector>

namespace geo::analysis {
namespace {

// METHODS.md quotes results to 4-5 significant digits.
constexpr double kQuoted = 5e-5;

TEST(Estimate, SentinelEstimateCellsAreMissing) {
  for (double sentinel : {-111111111.0,
                          -222222222.0,
                          -333333333.0,
                          -555555555.0,
                          -666666666.0,
                          -888888888.0,
                          -999999999.0}) {
    EXPECT_TRUE(isCensusSentinel(sentinel));
    EXPECT_TRUE(estimateFromCells(sentinel, 10.0).missing) << sentinel;
  }
  EXPECT_FALSE(isCensusSentinel(-5.0));
}

TEST(Estimate, BlankAndNanCellsAreMissing) {
  EXPECT_TRUE(estimateFromCells(std::nullopt, 10.0).missing);
  EXPECT_TRUE(estimateFromCells(std::numeric_limits<double>::quiet_NaN(), 10.0).missing);
  EXPECT_TRUE(estimateFromCells(100.0, std::nullopt).missing);
  EXPECT_TRUE(estimateFromCells(100.0, -222222222.0).missing);
}

TEST(Estimate, ControlledMoeSentinelMeansNoSamplingError) {
  Estimate e = estimateFromCells(5000.0, -555555555.0);
  EXPECT_FALSE(e.missing);
  EXPECT_EQ(e.value, 5000.0);
  EXPECT_EQ(e.moe, 0.0);
}

TEST(Estimate, StandardErrorAndCoefficientOfVariationUse1645) {
  Estimate e{.value = 1000.0, .moe = 164.5};
  EXPECT_DOUBLE_EQ(standardError(e), 100.0);
  EXPECT_DOUBLE_EQ(*coefficientOfVariation(e), 0.1);
}

TEST(Estimate, ReliabilityFollowsDefaultCvThresholds) {
  EXPECT_EQ(reliability({.value = 1000.0, .moe = 0.12 * 1.645 * 1000.0}), Reliability::kHigh);
  EXPECT_EQ(reliability({.value = 1000.0, .moe = 0.13 * 1.645 * 1000.0}), Reliability::kMedium);
  EXPECT_EQ(reliability({.value = 1000.0, .moe = 0.40 * 1.645 * 1000.0}), Reliability::kMedium);
  EXPECT_EQ(reliability({.value = 1000.0, .moe = 0.41 * 1.645 * 1000.0}), Reliability::kLow);
}

TEST(Estimate, ReliabilityThresholdsAreConfigurable) {
  Estimate e{.value = 1000.0, .moe = 0.2 * 1.645 * 1000.0};
  EXPECT_EQ(reliability(e, {.high_max_cv = 0.25, .medium_max_cv = 0.5}), Reliability::kHigh);
  EXPECT_EQ(reliability(e, {.high_max_cv = 0.05, .medium_max_cv = 0.1}), Reliability::kLow);
}

TEST(Estimate, ZeroAndMissingEstimatesHaveUnknownReliability) {
  EXPECT_FALSE(coefficientOfVariation({.value = 0.0, .moe = 14.0}));
  EXPECT_EQ(reliability({.value = 0.0, .moe = 14.0}), Reliability::kUnknown);
  EXPECT_EQ(reliability(Estimate::missingValue()), Reliability::kUnknown);
}

TEST(Estimate, SumIncludesOnlyTheLargestZeroEstimateMoe) {
  std::vector<Estimate> parts = {{120, 25}, {0, 18}, {0, 22}, {35, 9}};
  Estimate total = sum(parts);
  EXPECT_DOUBLE_EQ(total.value, 155.0);
  EXPECT_NEAR(total.moe, 34.50, 0.005);  // not 38.91, which counts every zero
  EXPECT_GT(std::sqrt(25.0 * 25 + 18 * 18 + 22 * 22 + 9 * 9), 38.9);
}

TEST(Estimate, SumOfAMissingComponentIsMissing) {
  std::vector<Estimate> parts = {{120, 25}, Estimate::missingValue()};
  EXPECT_TRUE(sum(parts).missing);
}

TEST(Estimate, ProportionUsesSubsetFormula) {
  Estimate p = proportion({300, 60}, {1200, 100});
  EXPECT_DOUBLE_EQ(p.value, 0.25);
  EXPECT_NEAR(p.moe, 0.04545, kQuoted);
}

TEST(Estimate, ProportionFallsBackToRatioWhenRadicandIsNegative) {
  Estimate p = proportion({50, 5}, {100, 40});
  EXPECT_DOUBLE_EQ(p.value, 0.5);
  EXPECT_NEAR(p.moe, 0.20616, kQuoted);
}

TEST(Estimate, ProportionOfZeroDenominatorIsMissing) {
  EXPECT_TRUE(proportion({0, 5}, {0, 14}).missing);
}

TEST(Estimate, RatioUsesNonSubsetFormula) {
  Estimate r = ratio({800, 90}, {400, 50});
  EXPECT_DOUBLE_EQ(r.value, 2.0);
  EXPECT_NEAR(r.moe, 0.33634, kQuoted);
}

TEST(Estimate, ProductCombinesRelativeErrors) {
  Estimate x = product({0.3, 0.05}, {2000, 150});
  EXPECT_DOUBLE_EQ(x.value, 600.0);
  EXPECT_NEAR(x.moe, 109.66, 0.005);
}

TEST(Estimate, ScaledCountScalesTheMoeByTheWeight) {
  Estimate x = scaled(0.4, {1000, 120});
  EXPECT_DOUBLE_EQ(x.value, 400.0);
  EXPECT_DOUBLE_EQ(x.moe, 48.0);
}

TEST(Estimate, DifferenceOf420And300IsSignificant) {
  std::optional<DifferenceTest> test = testDifference({420, 60}, {300, 50});
  ASSERT_TRUE(test);
  EXPECT_NEAR(test->z, 2.53, 0.005);
  EXPECT_TRUE(test->significant);
}

TEST(Estimate, SmallDifferenceIsNotSignificant) {
  std::optional<DifferenceTest> test = testDifference({320, 60}, {300, 50});
  ASSERT_TRUE(test);
  EXPECT_LT(test->z, 1.645);
  EXPECT_FALSE(test->significant);
}

TEST(Estimate, DifferenceWithAMissingEstimateCannotBeTested) {
  EXPECT_FALSE(testDifference({420, 60}, Estimate::missingValue()));
}

}  // namespace
}  // namespace geo::analysis
