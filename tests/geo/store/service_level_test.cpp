#include "geo/store/service_level.h"

#include <gtest/gtest.h>

namespace geo::store {
namespace {

// METHODS.md section 8 worked example, read as a KPI per area (k_a = distance):
// L_g is then the population-weighted mean D_g of the example.
std::vector<GroupCount> exampleCounts() {
  const double total[] = {2000, 1500, 500, 0};
  const double group[] = {300, 900, 450, 0};
  std::vector<GroupCount> counts;
  for (int a = 0; a < 4; ++a) {
    const std::string id = "a" + std::to_string(a);
    counts.push_back({id, "total", total[a], "example"});
    counts.push_back({id, "group", group[a], "example"});
    counts.push_back({id, "others", total[a] - group[a], "example"});
  }
  return counts;
}

TEST(ServiceLevel, GroupLevelsMatchTheMethodsWorkedExample) {
  const std::vector<AreaLevel> areas = {{"a0", 1.2}, {"a1", 2.5}, {"a2", 4.0}, {"a3", 7.0}};
  const auto rows = serviceLevelByGroup(areas, exampleCounts());
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[0].group, "total");
  EXPECT_NEAR(*rows[0].level, 2.0375, 5e-5);
  EXPECT_NEAR(*rows[1].level, 2.6727, 5e-5);
  EXPECT_NEAR(*rows[2].level, 1.5915, 5e-5);
  EXPECT_DOUBLE_EQ(rows[1].people, 1650);
}

TEST(ServiceLevel, AreasWithoutAValueAreLeftOutAndTheirPeopleCounted) {
  const std::vector<AreaLevel> areas = {{"a0", 1.2}, {"a1", std::nullopt}, {"a2", 4.0}};
  const auto rows = serviceLevelByGroup(areas, exampleCounts());
  // group: (300 * 1.2 + 450 * 4.0) / 750 = 2.88; 900 people in a1 have no value.
  EXPECT_NEAR(*rows[1].level, 2.88, 1e-12);
  EXPECT_DOUBLE_EQ(rows[1].people_without_value, 900);
}

TEST(ServiceLevel, GroupWithNobodyInAreasWithValuesHasNoLevelRatherThanNaN) {
  const auto rows = serviceLevelByGroup({{"a3", 7.0}}, exampleCounts());
  EXPECT_FALSE(rows[1].level.has_value());
}

}  // namespace
}  // namespace geo::store
