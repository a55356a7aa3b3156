#include "geo/analysis/indicator.h"

#include <gtest/gtest.h>

#include <cmath>
#include <set>
#include <string>

#include "tests/geo/analysis/csv_text.h"

namespace geo::analysis {
namespace {

using core::FeatureTable;
using core::FieldType;
using core::Value;

// Columns B1_001E/M (total) and B1_002E/M (part), one row per case.
FeatureTable handMadeTable() {
  FeatureTable table;
  for (const char* name : {"B1_001E", "B1_001M", "B1_002E", "B1_002M"}) {
    table.addField({name, FieldType::kReal});
  }
  table.addRow({1200.0, 100.0, 300.0, 60.0});          // ordinary
  table.addRow({1200.0, 100.0, Value{}, 60.0});        // blank estimate
  table.addRow({0.0, 14.0, 0.0, 14.0});                // zero denominator
  table.addRow({1200.0, 100.0, 300.0, -222222222.0});  // sentinel MOE
  table.addRow({std::string("900"),
                std::string("-555555555"),
                std::string("90"),
                std::string("30")});  // text cells, controlled MOE
  return table;
}

Indicator testShare() {
  return Indicator{.id = "part_share",
                   .kind = IndicatorKind::kShare,
                   .unit = IndicatorUnit::kShare,
                   .numerator = {"B1_002"},
                   .denominator = {"B1_001"}};
}

TEST(Indicator, ShareIsAProportionPerRow) {
  auto result = evaluate(testShare(), handMadeTable());
  ASSERT_TRUE(result) << result.error().toString();
  ASSERT_EQ(result->size(), 5u);

  EXPECT_DOUBLE_EQ((*result)[0].value, 0.25);
  EXPECT_NEAR((*result)[0].moe, 0.04545, 5e-5);
  EXPECT_DOUBLE_EQ((*result)[4].value, 0.1);
  EXPECT_NEAR((*result)[4].moe, 30.0 / 900.0, 1e-12);  // denominator has no sampling error
}

TEST(Indicator, MissingComponentOrZeroDenominatorGivesMissing) {
  auto result = evaluate(testShare(), handMadeTable());
  ASSERT_TRUE(result);
  EXPECT_FALSE((*result)[0].missing);
  EXPECT_TRUE((*result)[1].missing);
  EXPECT_TRUE((*result)[2].missing);
  EXPECT_TRUE((*result)[3].missing);
}

TEST(Indicator, CountSumsItsColumnsWithTheZeroEstimateRule) {
  FeatureTable table;
  for (const char* name : {"T_001E", "T_001M", "T_002E", "T_002M", "T_003E", "T_003M"}) {
    table.addField({name, FieldType::kReal});
  }
  table.addRow({120.0, 25.0, 0.0, 18.0, 0.0, 22.0});
  Indicator count{.id = "c", .numerator = {"T_001", "T_002", "T_003"}};

  auto result = evaluate(count, table);
  ASSERT_TRUE(result);
  EXPECT_DOUBLE_EQ((*result)[0].value, 120.0);
  EXPECT_NEAR((*result)[0].moe, std::sqrt(25.0 * 25.0 + 22.0 * 22.0), 1e-12);
}

TEST(Indicator, MissingColumnIsAnErrorNamingTheColumn) {
  Indicator share = testShare();
  share.denominator = {"B1_009"};
  auto result = evaluate(share, handMadeTable());
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().code, core::ErrorCode::kNotFound);
  EXPECT_EQ(result.error().field, "B1_009E");
  EXPECT_NE(result.error().message.find("B1_009E"), std::string::npos);
}

TEST(Indicator, ShareWithoutDenominatorIsRejected) {
  Indicator share = testShare();
  share.denominator.clear();
  EXPECT_FALSE(evaluate(share, handMadeTable()));
}

TEST(Indicator, ReliabilityIsGivenPerRow) {
  auto result = evaluate(testShare(), handMadeTable());
  ASSERT_TRUE(result);
  std::vector<Reliability> r = reliabilities(*result);
  ASSERT_EQ(r.size(), 5u);
  // 0.25 +- 0.04545: CV = 0.04545 / 1.645 / 0.25 = 11.05 %.
  EXPECT_EQ(r[0], Reliability::kHigh);
  EXPECT_EQ(r[1], Reliability::kUnknown);
  // 0.1 +- 0.0333: CV = 20.3 %.
  EXPECT_EQ(r[4], Reliability::kMedium);
}

TEST(IndicatorCatalog, IdsAreUniqueAndFindable) {
  std::set<std::string> ids;
  for (const Indicator& indicator : builtinIndicators()) {
    EXPECT_TRUE(ids.insert(indicator.id).second) << indicator.id;
    EXPECT_EQ(findIndicator(indicator.id), &indicator);
    EXPECT_FALSE(indicator.name.empty());
    EXPECT_FALSE(indicator.universe.empty());
  }
  EXPECT_EQ(ids.size(), 12u);
  EXPECT_EQ(findIndicator("no_such_indicator"), nullptr);
}

TEST(IndicatorCatalog, SharesHaveShareUnitAndCountsDoNot) {
  for (const Indicator& indicator : builtinIndicators()) {
    bool is_share = indicator.kind == IndicatorKind::kShare;
    EXPECT_EQ(is_share, indicator.unit == IndicatorUnit::kShare) << indicator.id;
    EXPECT_EQ(is_share, !indicator.denominator.empty()) << indicator.id;
  }
}

TEST(IndicatorCatalog, PovertyUsesTheTwoBandsBelowOne) {
  const Indicator* poverty = findIndicator("poverty_share");
  ASSERT_NE(poverty, nullptr);
  EXPECT_EQ(poverty->numerator, (std::vector<std::string>{"C17002_002", "C17002_003"}));
  const Indicator* age65 = findIndicator("age65_share");
  ASSERT_NE(age65, nullptr);
  EXPECT_EQ(age65->numerator.size(), 12u);
  EXPECT_EQ(age65->numerator.front(), "B01001_020");
  EXPECT_EQ(age65->numerator.back(), "B01001_049");
}

}  // namespace
}  // namespace geo::analysis
