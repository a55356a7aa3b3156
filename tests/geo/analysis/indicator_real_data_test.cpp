// Checks the built-in catalog on the real ACS 2023 tract table of Connecticut. The
// files live in the shared data folder; the tests skip when it is absent.

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <numeric>
#include <set>
#include <string>

#include "geo/analysis/indicator.h"
#include "tests/geo/analysis/csv_text.h"

namespace geo::analysis {
namespace {

// The repository's data folder first, then the shared data folder of the workspace.
std::optional<testing::CsvRows> readCensusFile(const std::string& name) {
  for (std::string dir : {std::string(EQUIMAP_SOURCE_DIR) + "/data/census/",
                          std::string("/work/shared/data/census/")}) {
    if (auto rows = testing::readCsvFile(dir + name)) return rows;
  }
  return std::nullopt;
}

// Hartford town's tracts only (column "town").
core::FeatureTable hartfordTracts(const testing::CsvRows& rows) {
  testing::CsvRows kept = {rows[0]};
  auto town = std::find(rows[0].begin(), rows[0].end(), "town") - rows[0].begin();
  for (std::size_t r = 1; r < rows.size(); ++r) {
    if (rows[r][town] == "Hartford") kept.push_back(rows[r]);
  }
  return testing::toFeatureTable(kept);
}

// Sum over rows of a count indicator built from `variables`.
double sumOfCount(const std::vector<std::string>& variables, const core::FeatureTable& table) {
  auto estimates = evaluate(Indicator{.id = "sum", .numerator = variables}, table);
  EXPECT_TRUE(estimates) << estimates.error().toString();
  double total = 0.0;
  for (const Estimate& e : *estimates) {
    EXPECT_FALSE(e.missing);
    total += e.value;
  }
  return total;
}

// Hartford's row of the DataHaven town table: column name -> value.
std::map<std::string, double> hartfordTownRow(const testing::CsvRows& rows) {
  std::map<std::string, double> out;
  for (std::size_t r = 1; r < rows.size(); ++r) {
    if (rows[r][0] != "6_town" || rows[r][1] != "Hartford") continue;
    for (std::size_t c = 2; c < rows[0].size(); ++c) out[rows[0][c]] = std::stod(rows[r][c]);
  }
  return out;
}

TEST(IndicatorRealData, EveryCatalogVariableIsInTheAcs2023Labels) {
  auto labels = readCensusFile("acs2023_variable_labels.csv");
  if (!labels) GTEST_SKIP() << "ACS labels file not available";
  std::set<std::string> names;
  for (const auto& row : *labels) names.insert(row[0]);

  for (const Indicator& indicator : builtinIndicators()) {
    for (const auto* list : {&indicator.numerator, &indicator.denominator}) {
      for (const std::string& v : *list) EXPECT_TRUE(names.count(v)) << indicator.id << " " << v;
    }
  }
}

TEST(IndicatorRealData, HartfordTractPopulationSumsToTheTownTotal) {
  auto tracts = readCensusFile("acs2023_5yr_tracts_ct_selected_tables.csv");
  if (!tracts) GTEST_SKIP() << "ACS tract table not available";
  core::FeatureTable hartford = hartfordTracts(*tracts);
  ASSERT_EQ(hartford.rowCount(), 41u);

  auto population = evaluate(*findIndicator("total_population"), hartford);
  ASSERT_TRUE(population);
  double total = 0.0;
  for (const Estimate& e : *population) total += e.value;
  EXPECT_DOUBLE_EQ(total, 119970.0);  // Hartford town, ACS 2019-2023 (DataHaven town table)
  EXPECT_DOUBLE_EQ(sumOfCount({"B01001_001"}, hartford), total);
}

TEST(IndicatorRealData, CatalogNumeratorsMatchDataHavenTownCounts) {
  auto tracts = readCensusFile("acs2023_5yr_tracts_ct_selected_tables.csv");
  auto towns = readCensusFile("acs2023_towns_regions_basic_wide_datahaven.csv");
  if (!tracts || !towns) GTEST_SKIP() << "ACS tract or town table not available";
  core::FeatureTable hartford = hartfordTracts(*tracts);
  std::map<std::string, double> town = hartfordTownRow(*towns);
  ASSERT_FALSE(town.empty());

  auto numerator = [&](const char* id) {
    return sumOfCount(findIndicator(id)->numerator, hartford);
  };
  auto denominator = [&](const char* id) {
    return sumOfCount(findIndicator(id)->denominator, hartford);
  };
  EXPECT_DOUBLE_EQ(numerator("age65_share"), town["Population ages 65+"]);
  EXPECT_DOUBLE_EQ(numerator("under18_share"), town["Population under age 18"]);
  EXPECT_DOUBLE_EQ(numerator("white_nh_share"), town["White population"]);
  EXPECT_DOUBLE_EQ(numerator("black_nh_share"), town["Black population"]);
  EXPECT_DOUBLE_EQ(numerator("hispanic_share"), town["Latino population"]);
  EXPECT_DOUBLE_EQ(numerator("foreign_born_share"), town["Foreign-born population"]);
  EXPECT_DOUBLE_EQ(numerator("poverty_share"), town["Population in poverty"]);
  EXPECT_DOUBLE_EQ(numerator("low_income_share"), town["Low-income population"]);
  EXPECT_DOUBLE_EQ(denominator("poverty_share"), town["Poverty status known"]);
  EXPECT_DOUBLE_EQ(denominator("renter_share") - numerator("renter_share"),
                   town["Owner-occupied households"]);
  EXPECT_DOUBLE_EQ(denominator("no_vehicle_share") - numerator("no_vehicle_share"),
                   town["Households with 1+ vehicles"]);
}

TEST(IndicatorRealData, EveryCatalogIndicatorEvaluatesOnEveryTract) {
  auto tracts = readCensusFile("acs2023_5yr_tracts_ct_selected_tables.csv");
  if (!tracts) GTEST_SKIP() << "ACS tract table not available";
  core::FeatureTable table = testing::toFeatureTable(*tracts);

  for (const Indicator& indicator : builtinIndicators()) {
    auto result = evaluate(indicator, table);
    ASSERT_TRUE(result) << indicator.id << ": " << result.error().toString();
    ASSERT_EQ(result->size(), table.rowCount());
    for (const Estimate& e : *result) {
      if (e.missing || indicator.kind != IndicatorKind::kShare) continue;
      EXPECT_GE(e.value, 0.0) << indicator.id;
      EXPECT_LE(e.value, 1.0) << indicator.id;
    }
  }
}

}  // namespace
}  // namespace geo::analysis
