#include "geo/analysis/scenario.h"

#include <gtest/gtest.h>

#include <limits>

#include "geo/analysis/access.h"

namespace geo::analysis {
namespace {

std::vector<Estimate> exact(const std::vector<double>& values) {
  std::vector<Estimate> out;
  for (double v : values) out.push_back(Estimate{v, 0.0});
  return out;
}

std::vector<Facility> twoTowns() {
  return {Facility{"a1", "A one", {0, 0}, "A"},
          Facility{"a2", "A two", {1000, 0}, "A"},
          Facility{"b1", "B one", {2000, 0}, "B"}};
}

TEST(Scenario, EmptyScenarioChangesNothing) {
  auto edited = applyEdits(twoTowns(), FacilityEdits{});
  ASSERT_TRUE(edited);
  EXPECT_EQ(edited->size(), 3u);
  const std::vector<double> d{100, 2000, 300};
  GroupCounts g{"g", "G", exact({10, 20, 30}), exact({100, 100, 100})};
  const Impact impact = assessImpact(d, d, {g}, {});
  EXPECT_EQ(impact.adverse_units, 0u);
  EXPECT_EQ(impact.benefit_units, 0u);
  EXPECT_DOUBLE_EQ(impact.groups[0].affected.value, 0.0);
  EXPECT_FALSE(impact.groups[0].difference_flag);
}

TEST(Scenario, CloseRelocateAddAndMergeEditTheFacilityList) {
  FacilityEdits edits{.close = {"a2"},
                      .add = {Facility{"c1", "new", {5, 5}, "A"}},
                      .relocate = {{"b1", {2500, 0}}},
                      .merge_systems = {"A", "B"}};
  auto edited = applyEdits(twoTowns(), edits);
  ASSERT_TRUE(edited);
  ASSERT_EQ(edited->size(), 3u);
  EXPECT_EQ((*edited)[0].id, "a1");
  EXPECT_EQ((*edited)[1].id, "b1");
  EXPECT_DOUBLE_EQ((*edited)[1].location.x, 2500.0);
  EXPECT_EQ((*edited)[2].system, "A + B");
  EXPECT_EQ(mergedSystem("B", edits), "A + B");
  EXPECT_EQ(mergedSystem("C", edits), "C");
}

TEST(Scenario, ClosingAnUnknownFacilityNamesIt) {
  auto edited = applyEdits(twoTowns(), FacilityEdits{.close = {"zz"}});
  ASSERT_FALSE(edited);
  EXPECT_EQ(edited.error().code, core::ErrorCode::kNotFound);
  EXPECT_NE(edited.error().message.find("zz"), std::string::npos);
}

TEST(Scenario, MergingSystemsLetsUnitsUseTheNeighbouringTownsFacility) {
  // A unit of town B at x = 900 can only use b1 (1100 m away) before the merge.
  AccessInput base{.points = {{900, 0}}, .unit_systems = {"B"}};
  for (const Facility& f : twoTowns()) {
    base.facilities.push_back(f.location);
    base.facility_systems.push_back(f.system);
  }
  FacilityEdits edits{.merge_systems = {"A", "B"}};
  auto merged = applyEdits(twoTowns(), edits);
  AccessInput after{.points = {{900, 0}}, .unit_systems = {mergedSystem("B", edits)}};
  for (const Facility& f : *merged) {
    after.facilities.push_back(f.location);
    after.facility_systems.push_back(f.system);
  }
  EXPECT_DOUBLE_EQ((*nearestFacilities(base))[0].distance_m, 1100.0);
  EXPECT_DOUBLE_EQ((*nearestFacilities(after))[0].distance_m, 100.0);
}

// Four units, group share of population 40 %; closures hit units 0 and 1.
TEST(Scenario, DifferenceTestFlagsGroupOverrepresentedAmongAffected) {
  const std::vector<double> base{500, 500, 500, 500};
  const std::vector<double> after{1500, 1500, 500, 200};
  GroupCounts g{"g", "G", exact({80, 60, 20, 0}), exact({100, 100, 100, 50})};
  const Impact impact = assessImpact(base, after, {g}, {});
  const GroupImpact& r = impact.groups[0];
  EXPECT_EQ(impact.adverse_units, 2u);
  EXPECT_EQ(impact.benefit_units, 1u);
  EXPECT_NEAR(r.share_of_affected.value, 0.70, 1e-12);
  EXPECT_NEAR(r.share_of_population.value, 160.0 / 350.0, 1e-12);
  EXPECT_TRUE(r.difference_flag);
  EXPECT_TRUE(r.difference_significant);  // controlled values: no sampling error
  // Nobody in the group benefits; others: 50 of 190 benefit -> ratio 0 < 0.8.
  EXPECT_TRUE(r.four_fifths_flag);
  EXPECT_NEAR(*r.benefit_ratio, 0.0, 1e-12);
  EXPECT_EQ(r.difference_statement.rfind("Flag: ", 0), 0u) << r.difference_statement;
}

TEST(Scenario, FlagsWithWideMarginsAreNotSignificant) {
  const std::vector<double> base{500, 500};
  const std::vector<double> after{1500, 500};
  GroupCounts g{"g", "G", {Estimate{70, 60}, Estimate{30, 60}}, exact({100, 100})};
  const Impact impact = assessImpact(base, after, {g}, {});
  EXPECT_TRUE(impact.groups[0].difference_flag);  // 70 % vs 50 %: 20 points
  EXPECT_FALSE(impact.groups[0].difference_significant);
}

TEST(Scenario, LosingTheLastFacilityIsAdverse) {
  const double inf = std::numeric_limits<double>::infinity();
  GroupCounts g{"g", "G", exact({1, 1}), exact({2, 2})};
  const Impact impact = assessImpact({100, inf}, {inf, inf}, {g}, {});
  EXPECT_EQ(impact.status[0], UnitChange::kAdverse);
  EXPECT_EQ(impact.status[1], UnitChange::kUnchanged);
}

}  // namespace
}  // namespace geo::analysis
