// KPI maps with breaks locked across periods: one classification over every
// period, re-applied per period, so a value keeps its class over time.

#include "geo/store/kpi_map.h"

#include <gtest/gtest.h>

namespace geo::store {
namespace {

KpiValue value(const std::string& unit, const std::string& period, double v) {
  return {.kpi_id = "visits", .unit_id = unit, .period_utc = period, .value = v};
}

std::vector<KpiValue> history() {
  return {value("Hartford", "2016", 10), value("East Hartford", "2016", 50),
          value("Hartford", "2017", 50), value("East Hartford", "2017", 90),
          value("Hartford", "2018", 90), value("East Hartford", "2018", 10),
          {.kpi_id = "other", .unit_id = "Hartford", .period_utc = "2018", .value = 1000}};
}

TEST(KpiMap, TheSameValueGetsTheSameClassInEveryPeriod) {
  auto locked = lockedKpiClasses("visits", history(), carto::ClassMethod::kEqualInterval, 4);
  ASSERT_TRUE(locked) << locked.error().toString();
  const std::vector<std::string> rows = {"Hartford", "East Hartford"};
  int class_of_50 = -1;
  for (const std::string period : {"2016", "2017"}) {
    auto classes = carto::reapply(*locked, kpiValuesForRows(history(), "visits", period, rows));
    ASSERT_TRUE(classes);
    const int k = classes->classOf(50.0);
    if (class_of_50 >= 0) EXPECT_EQ(k, class_of_50);
    class_of_50 = k;
    EXPECT_EQ(classes->breaks, locked->breaks);
  }
  // Equal intervals over 10..90 in 4 classes: 10-30, 30-50, 50-70, 70-90.
  EXPECT_EQ(class_of_50, 1);
  EXPECT_EQ(locked->classOf(90.0), 3);
  EXPECT_EQ(locked->classOf(10.0), 0);
}

TEST(KpiMap, ValuesOfOtherKpisDoNotWidenTheBreaks) {
  auto locked = lockedKpiClasses("visits", history(), carto::ClassMethod::kEqualInterval, 4);
  ASSERT_TRUE(locked);
  EXPECT_DOUBLE_EQ(locked->breaks.back(), 90.0);
  EXPECT_DOUBLE_EQ(locked->lower_bound, 10.0);
}

TEST(KpiMap, RowsWithoutAValueInThePeriodHaveNoData) {
  const auto values = kpiValuesForRows(history(), "visits", "2017", {"Hartford", "Bloomfield"});
  ASSERT_EQ(values.size(), 2u);
  EXPECT_EQ(values[0], 50.0);
  EXPECT_FALSE(values[1].has_value());
}

TEST(KpiMap, AKpiWithoutValuesCannotBeClassified) {
  auto locked = lockedKpiClasses("cost", history(), carto::ClassMethod::kQuantile, 5);
  ASSERT_FALSE(locked);
  EXPECT_EQ(locked.error().code, core::ErrorCode::kNotFound);
}

}  // namespace
}  // namespace geo::store
