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
  auto locked = lockedKpiClasses("visits", history(), carto::ClassMethod::kEqualInterval, 3);
  ASSERT_TRUE(locked) << locked.error().toString();
  const std::vector<std::string> rows = {"Hartford", "East Hartford"};
  const auto in_2016 = kpiValuesForRows(history(), "visits", "2016", rows);
  const auto in_2017 = kpiValuesForRows(history(), "visits", "2017", rows);
  auto classes_2016 = carto::reapply(*locked, in_2016);
  auto classes_2017 = carto::reapply(*locked, in_2017);
  ASSERT_TRUE(classes_2016 && classes_2017);

  // 50 is East Hartford's value in 2016 (the top of that year) and Hartford's
  // in 2017 (the bottom of that year): classes per period would differ.
  ASSERT_EQ(in_2016[1], 50.0);
  ASSERT_EQ(in_2017[0], 50.0);
  EXPECT_EQ(classes_2016->classOf(in_2016[1]), classes_2017->classOf(in_2017[0]));
  // Equal intervals over 10..90 in 3 classes: 10-36.7, 36.7-63.3, 63.3-90.
  EXPECT_EQ(classes_2016->classOf(in_2016[1]), 1);
  EXPECT_EQ(classes_2017->classOf(in_2017[1]), 2);
  EXPECT_EQ(classes_2016->classOf(in_2016[0]), 0);
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
