#include "geo/store/cost_benefit.h"

#include <gtest/gtest.h>

namespace geo::store {
namespace {

// METHODS.md section 10: flows -250,000, 90,000, then 120,000 for 4 years, r = 3 %.
SavingsProposal methodsExample() {
  return {.id = "shared_it",
          .name = "Shared IT help desk",
          .start_year = 2025,
          .years = 6,
          .discount_rate = 0.03,
          .items = {{"Set-up", LedgerKind::kCost, 250'000, false, 0, 0},
                    {"Licences saved", LedgerKind::kSaving, 150'000, true, 1, 5},
                    {"Joint staff", LedgerKind::kCost, 60'000, false, 1, 1},
                    {"Joint staff, later years", LedgerKind::kCost, 30'000, true, 2, 5}}};
}

TEST(CostBenefit, NetPresentValueMatchesTheMethodsWorkedExample) {
  const std::vector<double> flows = {-250'000, 90'000, 120'000, 120'000, 120'000, 120'000};
  EXPECT_NEAR(netPresentValue(flows, 0.03), 270'438.65, 0.005);
}

TEST(CostBenefit, PaybackIsYearThreeCountingTheStartYearAsYearZero) {
  // Cumulative: -250,000, -160,000, -40,000, +80,000 -> first >= 0 at t = 3.
  EXPECT_EQ(paybackYear({-250'000, 90'000, 120'000, 120'000, 120'000, 120'000}), 3);
}

TEST(CostBenefit, LedgerOfOneTimeAndRecurringItemsGivesTheSameFlows) {
  auto result = evaluateProposal(methodsExample());
  ASSERT_TRUE(result) << result.error().toString();
  const std::vector<double> expected = {-250'000, 90'000, 120'000, 120'000, 120'000, 120'000};
  ASSERT_EQ(result->flows.size(), expected.size());
  for (std::size_t t = 0; t < expected.size(); ++t)
    EXPECT_DOUBLE_EQ(result->flows[t].net, expected[t]);
  EXPECT_DOUBLE_EQ(result->flows[2].cumulative, -40'000);
  EXPECT_EQ(result->flows[3].calendar_year, 2028);
  EXPECT_NEAR(result->npv, 270'438.65, 0.005);
  EXPECT_EQ(result->payback_t, 3);
}

TEST(CostBenefit, NoPaybackWithinTheHorizonIsReportedAsNone) {
  EXPECT_EQ(paybackYear({-100, 10, 10}), std::nullopt);
  EXPECT_EQ(paybackYear({0, -5}), 0);
}

TEST(CostBenefit, ItemsOutsideTheHorizonAreRejected) {
  SavingsProposal p = methodsExample();
  p.items.push_back({"Late", LedgerKind::kSaving, 1, true, 3, 9});
  auto result = evaluateProposal(p);
  ASSERT_FALSE(result);
  EXPECT_NE(result.error().message.find("Late"), std::string::npos);
}

}  // namespace
}  // namespace geo::store
