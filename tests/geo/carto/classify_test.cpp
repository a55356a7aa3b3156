#include "geo/carto/classify.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

namespace geo::carto {
namespace {

using Values = std::vector<std::optional<double>>;

Values range(int first, int last) {
  Values v;
  for (int i = first; i <= last; ++i) v.push_back(i);
  return v;
}

Classification classified(const Values& values, ClassMethod method, int classes) {
  auto result = classify(values, method, classes);
  EXPECT_TRUE(result) << result.error().toString();
  return result.value_or(Classification{});
}

TEST(Classify, NaturalBreaksFindTheThreeClusters) {
  Values v = {22, 1, 11, 2, 20, 3, 12, 10, 21};
  Classification c = classified(v, ClassMethod::kNaturalBreaks, 3);
  EXPECT_EQ(c.breaks, (std::vector<double>{3, 12, 22}));
  EXPECT_EQ(c.lower_bound, 1.0);
  EXPECT_EQ(c.counts, (std::vector<std::size_t>{3, 3, 3}));
}

TEST(Classify, QuantileClassesHoldEqualCounts) {
  Classification c = classified(range(1, 10), ClassMethod::kQuantile, 5);
  EXPECT_EQ(c.breaks, (std::vector<double>{2, 4, 6, 8, 10}));
  EXPECT_EQ(c.counts, (std::vector<std::size_t>(5, 2)));
}

TEST(Classify, QuantileTiesReduceTheClassCountInsteadOfEmptyClasses) {
  Values v = {1, 1, 1, 1, 1, 1, 2, 3, 4, 5};
  Classification c = classified(v, ClassMethod::kQuantile, 5);
  EXPECT_EQ(c.breaks, (std::vector<double>{1, 3, 5}));
  EXPECT_EQ(c.counts, (std::vector<std::size_t>{6, 2, 2}));
}

TEST(Classify, EqualIntervalClassesHaveEqualWidths) {
  Values v = {0, 1, 2.5, 4, 7, 9.5, 10};
  Classification c = classified(v, ClassMethod::kEqualInterval, 4);
  ASSERT_EQ(c.classCount(), 4u);
  EXPECT_EQ(c.lower_bound, 0.0);
  for (std::size_t i = 0; i < 4; ++i) EXPECT_DOUBLE_EQ(c.breaks[i], 2.5 * (i + 1));
  EXPECT_EQ(c.counts, (std::vector<std::size_t>{3, 1, 1, 2}));
}

TEST(Classify, MissingValuesAreExcludedAndCountedAsNoData) {
  Values v = range(1, 9);
  v.push_back(std::nullopt);
  v.push_back(std::numeric_limits<double>::quiet_NaN());
  Classification c = classified(v, ClassMethod::kQuantile, 3);
  EXPECT_EQ(c.no_data_count, 2u);
  EXPECT_EQ(c.counts, (std::vector<std::size_t>{3, 3, 3}));
  EXPECT_EQ(c.noDataLabel(), "No data (2)");
  EXPECT_EQ(c.classOf(std::nullopt), -1);
  EXPECT_EQ(c.classOf(std::numeric_limits<double>::quiet_NaN()), -1);
}

TEST(Classify, ConstantDataGivesOneClassForEveryMethod) {
  Values v(7, 4.2);
  for (ClassMethod m : {ClassMethod::kQuantile,
                        ClassMethod::kEqualInterval,
                        ClassMethod::kNaturalBreaks,
                        ClassMethod::kStandardDeviation,
                        ClassMethod::kUniqueValues}) {
    Classification c = classified(v, m, 5);
    EXPECT_EQ(c.breaks, (std::vector<double>{4.2})) << classMethodName(m);
    EXPECT_EQ(c.counts, (std::vector<std::size_t>{7})) << classMethodName(m);
  }
}

TEST(Classify, FewDistinctValuesGiveFewerClasses) {
  Values v = {1, 1, 2, 2, 2, 9};
  for (ClassMethod m : {ClassMethod::kQuantile, ClassMethod::kNaturalBreaks}) {
    Classification c = classified(v, m, 7);
    EXPECT_EQ(c.breaks, (std::vector<double>{1, 2, 9})) << classMethodName(m);
  }
}

TEST(Classify, AllMissingGivesNoClasses) {
  Classification c = classified({std::nullopt, std::nullopt}, ClassMethod::kNaturalBreaks, 5);
  EXPECT_EQ(c.classCount(), 0u);
  EXPECT_EQ(c.no_data_count, 2u);
  EXPECT_EQ(c.classOf(1.0), -1);
}

TEST(Classify, ClassCountOutsideThreeToNineIsRejected) {
  EXPECT_FALSE(classify(range(1, 20), ClassMethod::kQuantile, 2));
  EXPECT_FALSE(classify(range(1, 20), ClassMethod::kQuantile, 10));
  EXPECT_FALSE(classify(range(1, 20), ClassMethod::kManual, 5));
}

TEST(Classify, StandardDeviationBreaksStraddleTheMean) {
  // Mean 0, population sd 2: breaks at -1 and +1 for three classes.
  Values v = {-2, -2, -2, -2, 2, 2, 2, 2, 0};
  Classification c = classified(v, ClassMethod::kStandardDeviation, 3);
  ASSERT_EQ(c.classCount(), 3u);
  EXPECT_NEAR(c.breaks[0], -std::sqrt(32.0 / 9.0) / 2.0, 1e-12);
  EXPECT_NEAR(c.breaks[1], std::sqrt(32.0 / 9.0) / 2.0, 1e-12);
  EXPECT_EQ(c.breaks[2], 2.0);
  EXPECT_EQ(c.counts, (std::vector<std::size_t>{4, 1, 4}));
}

TEST(Classify, UniqueValuesMatchExactly) {
  Classification c = classified({3, 1, 2, 3, 1}, ClassMethod::kUniqueValues, 3);
  EXPECT_EQ(c.breaks, (std::vector<double>{1, 2, 3}));
  EXPECT_EQ(c.counts, (std::vector<std::size_t>{2, 1, 2}));
  EXPECT_EQ(c.classOf(2.0), 1);
  EXPECT_EQ(c.classOf(2.5), -1);
  EXPECT_FALSE(classify(range(1, 10), ClassMethod::kUniqueValues, 3));
}

TEST(Classify, LockedBreaksGiveTheSameClassOnOtherData) {
  Classification locked = classified(range(0, 100), ClassMethod::kEqualInterval, 4);
  auto other = reapply(locked, {-5, 10, 30, 60, 90, 140, std::nullopt});
  ASSERT_TRUE(other);
  EXPECT_EQ(other->breaks, locked.breaks);
  EXPECT_EQ(other->counts, (std::vector<std::size_t>{2, 1, 1, 2}));
  EXPECT_EQ(other->outside_count, 2u);
  EXPECT_EQ(other->no_data_count, 1u);
  EXPECT_EQ(other->classOf(30.0), locked.classOf(30.0));
}

TEST(Classify, ManualBreaksMustIncreaseStrictly) {
  EXPECT_TRUE(applyBreaks(range(0, 10), 0, {2, 5, 10}));
  EXPECT_FALSE(applyBreaks(range(0, 10), 0, {2, 2, 10}));
  EXPECT_FALSE(applyBreaks(range(0, 10), 3, {2, 5, 10}));
  EXPECT_FALSE(applyBreaks(range(0, 10), 0, {2, std::numeric_limits<double>::infinity()}));
  EXPECT_FALSE(applyBreaks(range(0, 10), 0, {}));
}

TEST(Classify, UpperBoundsAreInclusive) {
  auto c = applyBreaks({}, 0, {10, 20, 30});
  ASSERT_TRUE(c);
  EXPECT_EQ(c->classOf(0.0), 0);
  EXPECT_EQ(c->classOf(10.0), 0);
  EXPECT_EQ(c->classOf(10.5), 1);
  EXPECT_EQ(c->classOf(30.0), 2);
}

TEST(ClassLabel, SharesAreShownAsPercentages) {
  auto c = applyBreaks({}, 0.0, {0.123, 0.25, 0.6});
  ASSERT_TRUE(c);
  EXPECT_EQ(c->classLabel(0, LabelFormat::kPercent), "0.0 \u2013 12.3 %");
  EXPECT_EQ(c->classLabel(1, LabelFormat::kPercent), "12.3 \u2013 25.0 %");
  EXPECT_EQ(c->classLabel(3, LabelFormat::kPercent), "");
}

TEST(ClassLabel, CountsHaveThousandsSeparators) {
  auto c = applyBreaks({}, 1200, {3400, 1234567});
  ASSERT_TRUE(c);
  EXPECT_EQ(c->classLabel(0, LabelFormat::kCount), "1,200 \u2013 3,400");
  EXPECT_EQ(c->classLabel(1, LabelFormat::kCount), "3,400 \u2013 1,234,567");
  EXPECT_EQ(formatClassValue(-1500, LabelFormat::kCount), "-1,500");
  EXPECT_EQ(formatClassValue(999, LabelFormat::kCount), "999");
}

TEST(ClassLabel, StandardDeviationLabelsNeverShowInfinity) {
  Values v = {-40, -3, -1, 0, 0, 1, 2, 3, 50};
  Classification c = classified(v, ClassMethod::kStandardDeviation, 5);
  for (std::size_t i = 0; i < c.classCount(); ++i) {
    std::string label = c.classLabel(i, LabelFormat::kDecimal);
    EXPECT_EQ(label.find("inf"), std::string::npos) << label;
    EXPECT_GT(c.counts[i], 0u);
  }
  EXPECT_EQ(c.lower_bound, -40.0);
  EXPECT_EQ(c.breaks.back(), 50.0);
}

}  // namespace
}  // namespace geo::carto
