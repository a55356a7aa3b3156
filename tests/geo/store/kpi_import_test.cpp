#include "geo/store/kpi_import.h"

#include <gtest/gtest.h>

#include <map>

namespace geo::store {
namespace {

const std::string kDir = std::string(EQUIMAP_TEST_DATA_DIR) + "/kpi/";

KpiImport importMessy(const ProjectContent& project = {}) {
  auto mapping = readKpiMapping(kDir + "messy_kpi_mapping.json");
  EXPECT_TRUE(mapping) << mapping.error().toString();
  auto result = importKpiFile(kDir + "messy_kpi.csv", *mapping, project);
  EXPECT_TRUE(result) << result.error().toString();
  return *result;
}

std::string describe(const ImportIssue& i) {
  return std::to_string(i.line) + " " + importIssueKindName(i.kind) + " " + i.column + ": " +
         i.detail;
}

TEST(KpiImport, MessyCsvGivesTheExactReport) {
  const KpiImport result = importMessy();
  EXPECT_EQ(result.report.rows, 15u);
  EXPECT_EQ(result.report.values_taken, 15u);
  std::vector<std::string> issues;
  for (const auto& i : result.report.issues) issues.push_back(describe(i));
  const std::vector<std::string> expected = {
      "5 blank_value visits: blank value",
      "6 non_numeric visits: 'n/a' is not a number",
      "7 duplicate_period cost_per_visit: a value for cost_per_visit / hpl_park / "
      "2019-07-01T04:00:00Z was already taken",
      "8 bad_date : '2019-13-01' is not a usable date/time: month out of range",
      "9 unknown_unit : unknown facility id 'XX-999'",
      "10 duplicate_period visits: a value for visits / hpl_main / 2018-07-01 was already taken",
      "10 duplicate_period cost_per_visit: a value for cost_per_visit / hpl_main / 2018-07-01 was "
      "already taken",
      "14 unknown_unit : unknown facility id ''",
      "15 bad_date : 'yesterday' is not a usable date/time: not a date or time in a known form",
      "16 bad_date : '2020-02-30' is not a usable date/time: no such day in that month",
  };
  EXPECT_EQ(issues, expected);
  EXPECT_EQ(result.report.summary(),
            "15 rows, 15 values taken; not taken: 2 unknown_unit, 3 bad_date, 1 blank_value, "
            "1 non_numeric, 3 duplicate_period");
}

TEST(KpiImport, EveryRowIsEitherTakenOrReported) {
  const KpiImport result = importMessy();
  // 15 rows x 2 value columns = 30 cells; whole-row issues stand for 2 cells.
  std::size_t cells = result.values.size();
  for (const auto& i : result.report.issues) cells += i.column.empty() ? 2 : 1;
  EXPECT_EQ(cells, 30u);
}

TEST(KpiImport, ValuesCarryUtcPeriodsAndParsedNumbers) {
  const KpiImport result = importMessy();
  std::map<std::string, double> by_key;
  for (const auto& v : result.values)
    by_key[v.kpi_id + "|" + v.unit_id + "|" + v.period_utc] = v.value;
  EXPECT_DOUBLE_EQ(by_key.at("visits|hpl_main|2020-07-01T04:00:00Z"), 1100);
  EXPECT_DOUBLE_EQ(by_key.at("cost_per_visit|hpl_main|2019-07-01T04:00:00Z"), 4.25);
  EXPECT_DOUBLE_EQ(by_key.at("visits|hpl_park|2019-07-01T04:00:00Z"), 950);
  EXPECT_DOUBLE_EQ(by_key.at("visits|eh_main|2019-03-10T07:30:00Z"), 700);
  EXPECT_DOUBLE_EQ(by_key.at("visits|eh_main|2019-11-03T05:30:00Z"), 710);
  EXPECT_DOUBLE_EQ(by_key.at("visits|eh_main|2019-11-03T06:30:00Z"), 720);
  EXPECT_EQ(result.new_kpis.size(), 2u);
}

TEST(KpiImport, ValuesAlreadyInTheProjectAreDuplicates) {
  ProjectContent project;
  const KpiImport first = importMessy();
  project.kpis = first.new_kpis;
  project.kpi_values = first.values;
  const KpiImport again = importMessy(project);
  EXPECT_EQ(again.values.size(), 0u);
  EXPECT_EQ(again.report.count(ImportIssueKind::kDuplicatePeriod), 18u);
  EXPECT_TRUE(again.new_kpis.empty());
}

TEST(KpiImport, AMissingColumnFailsTheWholeImportNamingIt) {
  auto mapping = readKpiMapping(kDir + "messy_kpi_mapping.json");
  mapping->values.push_back({"attendance", "visits"});
  auto result = importKpiFile(kDir + "messy_kpi.csv", *mapping, {});
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().field, "attendance");
}

// Imports the bundled library statistics with one of the bundled mappings.
KpiImport importBundled(const std::string& mapping_file) {
  const std::string data = std::string(EQUIMAP_SOURCE_DIR) + "/data/kpi/";
  auto mapping = readKpiMapping(data + mapping_file);
  EXPECT_TRUE(mapping) << mapping.error().toString();
  auto result = importKpiFile(data + "ct_public_library_stats_1996_2018.csv", *mapping, {});
  EXPECT_TRUE(result) << result.error().toString();
  return result ? *result : KpiImport{};
}

std::map<std::string, double> byKey(const KpiImport& import) {
  std::map<std::string, double> out;
  for (const auto& v : import.values)
    out[v.kpi_id + "|" + v.unit_id + "|" + v.period_label] = v.value;
  return out;
}

TEST(KpiImport, TheBundledLibraryMappingTakesHartfordAndEastHartford) {
  const auto result = importBundled("ct_library_kpi_mapping.json");
  EXPECT_EQ(result.report.rows, 926u);
  EXPECT_EQ(result.report.count(ImportIssueKind::kNotSelected), 926u - 46u);
  const auto by_key = byKey(result);
  EXPECT_TRUE(by_key.contains("library_visits_per_capita|Hartford|FY2018"));
  EXPECT_TRUE(by_key.contains("library_visits_per_capita|East Hartford|FY2018"));
  EXPECT_EQ(result.new_kpis.size(), 6u);
  for (const auto& v : result.values) {
    if (v.period_label == "FY1996") {
      EXPECT_EQ(v.period_utc, "1995-07-01T04:00:00Z");
    }
  }
}

TEST(KpiImport, TheBundledSystemTotalsGoToTheCentralLibraries) {
  const auto result = importBundled("ct_library_system_kpi_mapping.json");
  EXPECT_EQ(result.report.count(ImportIssueKind::kNotSelected), 926u - 46u);
  EXPECT_EQ(result.report.count(ImportIssueKind::kUnknownUnit), 0u);
  for (const auto& kpi : result.new_kpis) EXPECT_EQ(kpi.level, KpiLevel::kFacility);
  const auto by_key = byKey(result);
  // PROVENANCE.md: FY2018 visits 822,199 (Hartford) vs 109,296 (East Hartford).
  EXPECT_DOUBLE_EQ(by_key.at("library_visits|Hartford Public Library|FY2018"), 822'199);
  EXPECT_DOUBLE_EQ(by_key.at("library_visits|East Hartford Public Library|FY2018"), 109'296);
}

}  // namespace
}  // namespace geo::store
