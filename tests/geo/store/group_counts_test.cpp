#include "geo/store/group_counts.h"

#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <sstream>

#include "geo/store/kpi_import.h"
#include "geo/store/kpi_report.h"
#include "geo/store/project.h"
#include "store_test_support.h"

namespace geo::store {
namespace {

using testing::TempDir;

const std::string kData = std::string(EQUIMAP_SOURCE_DIR) + "/data/";

// A CSV line split on commas outside double quotes (the ACS file quotes every
// field and has no embedded commas or quotes): the test's own reader, so the
// expected sums do not go through GDAL or the indicator code.
std::vector<std::string> splitCsvLine(const std::string& line) {
  std::vector<std::string> fields(1);
  bool quoted = false;
  for (char c : line) {
    if (c == '"')
      quoted = !quoted;
    else if (c == ',' && !quoted)
      fields.emplace_back();
    else if (c != '\r')
      fields.back() += c;
  }
  return fields;
}

// Sums of the estimate columns of every tract per town, read from the CSV.
std::map<std::string, double> townSums(const std::vector<std::string>& columns) {
  std::ifstream in(kData + "census/acs2023_5yr_tracts.csv");
  std::string line;
  std::getline(in, line);
  const auto header = splitCsvLine(line);
  std::map<std::string, std::size_t> index;
  for (std::size_t i = 0; i < header.size(); ++i) index[header[i]] = i;
  std::map<std::string, double> sums;
  while (std::getline(in, line)) {
    const auto fields = splitCsvLine(line);
    const std::string& town = fields.at(index.at("town"));
    for (const auto& c : columns) sums[town] += std::stod(fields.at(index.at(c + "E")));
  }
  return sums;
}

std::vector<std::string> range(const std::string& table, int first, int last) {
  std::vector<std::string> out;
  for (int i = first; i <= last; ++i) {
    std::ostringstream name;
    name << table << '_' << (i < 10 ? "00" : "0") << i;
    out.push_back(name.str());
  }
  return out;
}

TEST(GroupCounts, TownTotalsEqualTheTractSumsOfTheAcsTable) {
  const auto totals = groupTotalsOf(kData + "analyses/libraries.json", "town");
  ASSERT_TRUE(totals) << totals.error().toString();
  auto age65 = range("B01001", 20, 25);
  for (const auto& c : range("B01001", 44, 49)) age65.push_back(c);
  // The ACS variables of each group of libraries.json, written out here.
  const std::map<std::string, std::vector<std::string>> columns = {
      {"total_population", {"B01003_001"}},
      {"hispanic", {"B03002_012"}},
      {"black_nh", {"B03002_004"}},
      {"white_nh", {"B03002_003"}},
      {"poverty", {"C17002_002", "C17002_003"}},
      {"age65", age65},
      {"no_vehicle", {"B08201_002"}}};
  ASSERT_EQ(totals->size(), 2u * columns.size());
  for (const auto& t : *totals) {
    SCOPED_TRACE(t.area + " " + t.group_id);
    const auto expected = townSums(columns.at(t.group_id));
    EXPECT_DOUBLE_EQ(t.count.value, expected.at(t.area));
    EXPECT_EQ(t.units, t.area == "Hartford" ? 41u : 14u);  // tracts per town (data/README.md)
    EXPECT_EQ(t.missing_units, 0u);
    EXPECT_GT(t.count.moe, 0.0);
  }
  // Population of the towns in ACS 2019-2023 (sum of the 41 and 14 tracts).
  EXPECT_EQ(totals->front().area, "Hartford");
  EXPECT_EQ(totals->front().group_name, "Total population");
  EXPECT_DOUBLE_EQ(totals->front().count.value, 119'970);
}

TEST(GroupCounts, GroupCountsNameTheGroupAndTheirSource) {
  analysis::AreaGroupTotal total{.area = "Hartford",
                                 .group_id = "poverty",
                                 .group_name = "Below poverty",
                                 .columns = {"C17002_002", "C17002_003"},
                                 .count = {.value = 28'959, .moe = 1'900},
                                 .units = 40,
                                 .missing_units = 1};
  const auto counts = groupCountsOf({total}, "libraries.json");
  ASSERT_EQ(counts.size(), 1u);
  EXPECT_EQ(counts[0],
            (GroupCount{"Hartford",
                        "Below poverty",
                        28'959,
                        "libraries.json: C17002_002 + C17002_003 summed over 40 units "
                        "(1 without data left out)"}));
}

TEST(GroupCounts, AnUnknownAreaFieldIsNamedInTheError) {
  const auto totals = groupTotalsOf(kData + "analyses/libraries.json", "borough");
  ASSERT_FALSE(totals);
  EXPECT_EQ(totals.error().field, "borough");
}

TEST(GroupCounts, SettingGroupCountsIsAnUndoableEditThatIsSaved) {
  TempDir dir;
  const std::vector<GroupCount> counts = {{"Hartford", "Hispanic or Latino", 53'687, "acs"},
                                          {"East Hartford", "Hispanic or Latino", 19'507, "acs"}};
  {
    auto p = Project::create(dir.file("p.equimap"), "Counts");
    ASSERT_TRUE(p && p->save());
    p->setGroupCounts(counts);
    EXPECT_TRUE(p->hasUnsavedChanges());
    EXPECT_EQ(p->undoLabel(), "Set group counts");
    ASSERT_TRUE(p->undo());
    EXPECT_TRUE(p->content().group_counts.empty());
    EXPECT_FALSE(p->hasUnsavedChanges());
    ASSERT_TRUE(p->redo());
    ASSERT_TRUE(p->save());
  }
  auto again = Project::open(dir.file("p.equimap"));
  ASSERT_TRUE(again);
  EXPECT_EQ(again->content().group_counts, counts);
}

// METHODS.md section 8's worked example read as a service-area KPI (k_a = the
// distances 1.2, 2.5, 4.0, 7.0): the service-level table of the report gives
// L_g = D_g of the example for every group.
TEST(GroupCounts, TheServiceLevelTableMatchesTheMethodsWorkedExample) {
  ProjectContent content;
  content.kpis.push_back({.id = "distance", .name = "Distance", .unit = "km",
                          .direction = KpiDirection::kLowerIsBetter,
                          .level = KpiLevel::kServiceArea});
  const double k[] = {1.2, 2.5, 4.0, 7.0};
  const double total[] = {2000, 1500, 500, 0};
  const double group[] = {300, 900, 450, 0};
  for (int a = 0; a < 4; ++a) {
    const std::string id = "a" + std::to_string(a);
    content.kpi_values.push_back({"distance", id, "2024-01-01T05:00:00Z", "2024", k[a], ""});
    content.group_counts.push_back({id, "total", total[a], "example"});
    content.group_counts.push_back({id, "group", group[a], "example"});
    content.group_counts.push_back({id, "others", total[a] - group[a], "example"});
  }
  const auto rows = serviceLevelTable(content);
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_NEAR(*rows[0].level.level, 2.0375, 5e-5);
  EXPECT_NEAR(*rows[1].level.level, 2.6727, 5e-5);
  EXPECT_NEAR(*rows[2].level.level, 1.5915, 5e-5);
  EXPECT_DOUBLE_EQ(rows[0].level.people, 4000);
  const std::string csv = kpiReportCsv(content);
  EXPECT_NE(csv.find("distance,2024,2024-01-01T05:00:00Z,group,2.67272727272727"),
            std::string::npos)
      << csv;
  EXPECT_NE(csv.find("distance,2024,2024-01-01T05:00:00Z,total,2.0375,4000,0\n"),
            std::string::npos)
      << csv;
}

// The bundled project's recipe steps on a temporary project: library KPIs of
// both towns and ACS group counts per town give a service level per group,
// the count-weighted mean of the two towns' values.
TEST(GroupCounts, LibraryKpisGetAServiceLevelPerGroupFromTownCounts) {
  TempDir dir;
  auto p = Project::create(dir.file("p.equimap"), "Libraries");
  ASSERT_TRUE(p);
  auto mapping = readKpiMapping(kData + "kpi/ct_library_kpi_mapping.json");
  ASSERT_TRUE(mapping);
  auto import =
      importKpiFile(kData + "kpi/ct_public_library_stats_1996_2018.csv", *mapping, p->content());
  ASSERT_TRUE(import);
  applyKpiImport(*p, *import);
  const auto totals = groupTotalsOf(kData + "analyses/libraries.json", "");
  ASSERT_TRUE(totals);
  p->setGroupCounts(groupCountsOf(*totals, "libraries.json"));

  std::map<std::string, double> visits;  // FY2018 visits per resident by town
  for (const auto& v : p->content().kpi_values)
    if (v.kpi_id == "library_visits_per_capita" && v.period_label == "FY2018")
      visits[v.unit_id] = v.value;
  ASSERT_EQ(visits.size(), 2u);
  const double hispanic_hartford = townSums({"B03002_012"}).at("Hartford");
  const double hispanic_east = townSums({"B03002_012"}).at("East Hartford");
  const double expected = (hispanic_hartford * visits.at("Hartford") +
                           hispanic_east * visits.at("East Hartford")) /
                          (hispanic_hartford + hispanic_east);

  bool found = false;
  for (const auto& row : serviceLevelTable(p->content()))
    if (row.kpi_id == "library_visits_per_capita" && row.period_label == "FY2018" &&
        row.level.group == "Hispanic or Latino") {
      found = true;
      EXPECT_NEAR(*row.level.level, expected, 1e-12);
      EXPECT_DOUBLE_EQ(row.level.people, hispanic_hartford + hispanic_east);
      EXPECT_DOUBLE_EQ(row.level.people_without_value, 0.0);
    }
  EXPECT_TRUE(found);
}

}  // namespace
}  // namespace geo::store
