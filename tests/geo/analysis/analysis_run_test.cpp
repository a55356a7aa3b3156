#include "geo/analysis/analysis_run.h"

#include <gtest/gtest.h>

#include <cmath>

#include "geo/analysis/analysis_report.h"
#include "geo/analysis/impact_text.h"

namespace geo::analysis {
namespace {

const std::string kDefinition = std::string(EQUIMAP_SOURCE_DIR) + "/data/analyses/libraries.json";

// Runs the bundled real example once for all tests of this file.
const AnalysisResult& bundled() {
  static const AnalysisResult result = [] {
    auto definition = readAnalysisDefinition(kDefinition);
    EXPECT_TRUE(definition) << definition.error().toString();
    auto run = runAnalysis(*definition);
    EXPECT_TRUE(run) << run.error().toString();
    return run ? *run : AnalysisResult{};
  }();
  return result;
}

TEST(AnalysisRun, BundledLibraryExampleCoversBothTownsInUtm18) {
  const AnalysisResult& r = bundled();
  ASSERT_EQ(r.lines.size(), 2u);
  EXPECT_EQ(r.analysis_crs, "EPSG:26918");
  EXPECT_EQ(r.units.size(), 55u);  // 41 Hartford + 14 East Hartford tracts
  EXPECT_EQ(r.lines[0].baseline.facilities.size(), 12u);
  EXPECT_EQ(r.lines[0].scenario.facilities.size(), 11u);
}

TEST(AnalysisRun, RepresentativePointsLieInsideTheirTracts) {
  const AnalysisResult& r = bundled();
  for (std::size_t i = 0; i < r.units.size(); ++i)
    EXPECT_TRUE(core::geometryContains(r.units[i], r.points[i])) << r.unit_ids[i];
}

TEST(AnalysisRun, NearestLibraryCellsTileTheTwoTowns) {
  const AnalysisResult& r = bundled();
  double cells = 0.0;
  for (const core::Geometry& cell : r.lines[0].baseline.areas) cells += core::geometryArea(cell);
  EXPECT_NEAR(cells / core::geometryArea(r.study_area), 1.0, 1e-9);
}

TEST(AnalysisRun, ApportionedTotalsReconcileWithTheTractTotals) {
  const AnalysisResult& r = bundled();
  for (const ServiceLineResult& line : r.lines) {
    const Apportionment& a = line.baseline.apportionment;
    for (std::size_t c = 0; c < a.served.size(); ++c)
      EXPECT_NEAR((a.served[c].value + a.outside[c].value) / a.input_total[c].value, 1.0, 1e-9)
          << line.id << " column " << r.column_names[c];
  }
}

TEST(AnalysisRun, OnlyUnitsServedByTheClosedBranchAreAdverselyAffected) {
  const ServiceLineResult& line = bundled().lines[0];
  for (std::size_t i = 0; i < line.impact.status.size(); ++i) {
    if (line.impact.status[i] != UnitChange::kAdverse) continue;
    const std::ptrdiff_t before = line.baseline.access[i].facility;
    EXPECT_EQ(line.baseline.facilities[std::size_t(before)].id, "Mark Twain Branch Library");
  }
  EXPECT_GT(line.impact.adverse_units, 0u);
  // The river keeps every tract nearer its own town's libraries: nobody gains 250 m.
  EXPECT_EQ(line.impact.benefit_units, 0u);
}

TEST(AnalysisRun, SchoolsWithoutFacilityEditsKeepTheSameDistances) {
  const ServiceLineResult& line = bundled().lines[1];
  for (std::size_t i = 0; i < line.impact.change_m.size(); ++i)
    EXPECT_EQ(line.impact.change_m[i], 0.0);
  EXPECT_EQ(line.impact.adverse_units, 0u);
}

TEST(AnalysisRun, ReportTablesHaveOneRowPerUnitAndTwoPerGroup) {
  const AnalysisResult& r = bundled();
  EXPECT_EQ(unitLayer(r, 0).size(), r.units.size());
  EXPECT_EQ(groupTable(r).rowCount(), 2 * r.groups.size() * r.lines.size());
  EXPECT_NE(textReport(r).find("Mark Twain"), std::string::npos);
}

TEST(AnalysisRun, TheSpanishReportWordsFlagsGroupsAndNumbersInSpanish) {
  const AnalysisResult& r = bundled();
  const std::string es = textReport(r, i18n::Language::kSpanish);
  const std::string en = textReport(r);
  // The same flags are raised in both reports, with the same groups.
  const auto count = [](const std::string& text, const std::string& word) {
    std::size_t n = 0;
    for (auto at = text.find(word); at != std::string::npos; at = text.find(word, at + 1)) ++n;
    return n;
  };
  EXPECT_EQ(count(es, "(prueba de diferencia): Alerta:"), count(en, "(difference test): Flag:"));
  EXPECT_EQ(r.lines[0].flags, flagSentences(r.lines[0], r.definition, i18n::Language::kEnglish));
  EXPECT_NE(es.find("Pruebas por grupo:"), std::string::npos);
  EXPECT_NE(es.find("Hogares sin vehículo"), std::string::npos);
  EXPECT_NE(es.find("Umbral de cobertura: 1.600 m"), std::string::npos) << es.substr(0, 600);
  EXPECT_NE(en.find("Coverage threshold: 1,600 m"), std::string::npos) << en.substr(0, 600);
  EXPECT_EQ(es.find("Flag:"), std::string::npos);
}

TEST(AnalysisRun, CancelledRunStopsWithCancelled) {
  auto definition = readAnalysisDefinition(kDefinition);
  ASSERT_TRUE(definition);
  core::Progress progress;
  progress.cancel();
  auto run = runAnalysis(*definition, &progress);
  ASSERT_FALSE(run);
  EXPECT_EQ(run.error().code, core::ErrorCode::kCancelled);
}

TEST(AnalysisDefinition, BadFieldIsNamedInTheError) {
  auto bad = parseAnalysisDefinition(
      R"({"study_area": {"source": "a"}, "units": {"source": "b", "id_field": "GEOID"},
          "groups": [{"id": "x", "indicator": "nonsense"}], "service_lines": []})",
      "/tmp/x.json");
  ASSERT_FALSE(bad);
  EXPECT_EQ(bad.error().field, "/groups/0/indicator");

  auto method = parseAnalysisDefinition(
      R"({"study_area": {"source": "a"}, "units": {"source": "b", "id_field": "GEOID"},
          "groups": [{"id": "x", "indicator": "poverty_share"}],
          "service_lines": [{"id": "l", "facilities": {"source": "f"},
                             "service_areas": {"method": "drive"}}]})",
      "/tmp/x.json");
  ASSERT_FALSE(method);
  EXPECT_EQ(method.error().field, "/service_lines/0/service_areas/method");
}

TEST(AnalysisDefinition, PathsAreRelativeToTheDefinitionFile) {
  auto definition = readAnalysisDefinition(kDefinition);
  ASSERT_TRUE(definition);
  EXPECT_EQ(definition->units.source,
            std::string(EQUIMAP_SOURCE_DIR) + "/data/census/tracts_2020.geojson");
  EXPECT_EQ(definition->service_lines[0].scenario.close.size(), 1u);
  EXPECT_DOUBLE_EQ(definition->tests.four_fifths_threshold, 0.8);
}

}  // namespace
}  // namespace geo::analysis
