// The equity summary filled from an analysis result, on the worked example of
// METHODS.md section 8: units (total pop, group, distance km) (2000, 300, 1.2),
// (1500, 900, 2.5), (500, 450, 4.0), (0, 0, 7.0) give D_total = 2.0375 km,
// D_group = 2.6727 km and C_group(2.5 km) = 0.7273, C_total = 3500/4000 = 0.875.
// The "proposal" moves unit 0 to 2.0 km: D_total = (2000·2.0 + 1500·2.5 +
// 500·4.0) / 4000 = 2.4375 km, D_group = (300·2.0 + 900·2.5 + 450·4.0) / 1650 =
// 2.8182 km; coverage is unchanged.

#include "geo/exhibit/equity_summary.h"

#include <gtest/gtest.h>

#include "geo/exhibit/summary_layout.h"

namespace geo::exhibit {
namespace {

using analysis::Estimate;

std::vector<Estimate> exact(const std::vector<double>& values) {
  std::vector<Estimate> out;
  for (double v : values) out.push_back(Estimate{v, 0.0});
  return out;
}

analysis::EquitySummary statistics(const std::vector<double>& distances_m) {
  const std::vector<double> population{2000, 1500, 500, 0};
  const std::vector<analysis::GroupCounts> groups{
      {"hispanic", "Latino residents", exact({300, 900, 450, 0}), exact(population)},
      {"custom", "Custom group", exact({0, 0, 0, 0}), exact(population)}};
  return analysis::equityStatistics(distances_m, exact(population), groups, {}, 2500.0);
}

analysis::AnalysisResult workedExample() {
  analysis::AnalysisResult r;
  r.definition.coverage_threshold_m = 2500.0;
  r.definition.groups = {
      {.id = "hispanic", .name = "Latino residents", .indicator = "hispanic_share"},
      {.id = "custom", .name = "Custom group", .columns = {"B01001_003"}}};
  analysis::ServiceLineResult line;
  line.baseline.equity = statistics({1200, 2500, 4000, 7000});
  line.scenario.equity = statistics({2000, 2500, 4000, 7000});
  r.lines.push_back(std::move(line));
  return r;
}

TEST(EquitySummary, MeanDistanceRowsHoldTodayAndTheProposalFromMethodsWorkedExample) {
  const auto s = accessSummary({}, workedExample(), 0, Language::kEnglish);
  EXPECT_EQ(s.title, "Mean distance to the nearest facility (m), by group");
  EXPECT_EQ(s.value_heading, "Today");
  EXPECT_EQ(s.compare_heading, "Proposal");
  EXPECT_EQ(s.format, ValueFormat::kCount);
  ASSERT_EQ(s.rows.size(), 3u);
  EXPECT_EQ(s.rows[0].label, "All residents");
  EXPECT_NEAR(s.rows[0].value.value_or(0), 2037.5, 0.05);
  EXPECT_NEAR(s.rows[0].compare.value_or(0), 2437.5, 0.05);
  EXPECT_EQ(s.rows[1].label, "Latino residents");  // English keeps the definition's name
  EXPECT_NEAR(s.rows[1].value.value_or(0), 2672.7, 0.05);
  EXPECT_NEAR(s.rows[1].compare.value_or(0), 2818.2, 0.05);
  // A group with nobody in it has no mean: printed as not available, never 0.
  EXPECT_FALSE(s.rows[2].value.has_value());
  EXPECT_EQ(summaryCell(s.rows[2].value, s.format, Language::kEnglish), "n/a");
  EXPECT_EQ(summaryCell(s.rows[1].value, s.format, Language::kEnglish), "2,673");
}

TEST(EquitySummary, CoverageRowsAreSharesWithinTheDefinitionsThreshold) {
  SummarySpec base;
  base.statistic = AccessStatistic::kCoverage;
  base.style = SummaryStyle::kBarChart;
  const auto s = accessSummary(base, workedExample(), 0, Language::kEnglish);
  EXPECT_EQ(s.title, "Share within 2,500 m of a facility, by group");
  EXPECT_EQ(s.style, SummaryStyle::kBarChart);
  EXPECT_EQ(s.format, ValueFormat::kPercent);
  EXPECT_NEAR(s.rows[0].value.value_or(0), 0.875, 1e-9);
  EXPECT_NEAR(s.rows[1].value.value_or(0), 0.7273, 1e-4);
  EXPECT_NEAR(s.rows[1].compare.value_or(0), 0.7273, 1e-4);
  EXPECT_EQ(summaryCell(s.rows[1].value, s.format, Language::kEnglish), "72.7 %");
}

TEST(EquitySummary, SpanishNamesIndicatorGroupsFromTheCatalogWithAccents) {
  const auto s = accessSummary({}, workedExample(), 0, Language::kSpanish);
  EXPECT_EQ(s.title, "Distancia media a la instalación más cercana (m), por grupo");
  EXPECT_EQ(s.value_heading, "Hoy");
  EXPECT_EQ(s.rows[0].label, "Toda la población");
  EXPECT_EQ(s.rows[1].label, "Hispanos o latinos");
  EXPECT_EQ(s.rows[2].label, "Custom group");  // ACS columns: the definition's own name
  EXPECT_EQ(summaryCell(std::nullopt, s.format, Language::kSpanish), "n. d.");
}

TEST(EquitySummary, ATemplateThatTurnedItOffKeepsItsOwnRows) {
  SummarySpec base{.title = "Mine", .rows = {{"A", 0.5}}, .from_analysis = false};
  const auto s = accessSummary(base, workedExample(), 0, Language::kEnglish);
  EXPECT_EQ(s.title, "Mine");
  ASSERT_EQ(s.rows.size(), 1u);
  EXPECT_EQ(s.rows[0].label, "A");
}

// Widths of a fixed-pitch font: half the type size per byte.
double fixedPitch(std::string_view text, TextStyle style) {
  return double(text.size()) * style.size_pt * 0.5;
}

TEST(SummaryLayout, ShrinksItsTypeToFitTheHeightAndNeverDropsARow) {
  SummarySpec s =
      accessSummary({.style = SummaryStyle::kBarChart}, workedExample(), 0, Language::kEnglish);
  const LegendSpec legend;  // 9 pt, down to 5 pt
  const auto roomy = layoutSummary(s, legend, Language::kEnglish, 200, 0, fixedPitch);
  EXPECT_NEAR(roomy.body_style.size_pt, 8.1, 1e-9);
  EXPECT_TRUE(roomy.heading_row);
  EXPECT_TRUE(roomy.two_columns);
  ASSERT_EQ(roomy.row_tops.size(), 3u);

  const double limit = roomy.box.height() * 0.7;
  const auto tight = layoutSummary(s, legend, Language::kEnglish, 200, limit, fixedPitch);
  EXPECT_LT(tight.body_style.size_pt, roomy.body_style.size_pt);
  EXPECT_LE(tight.box.height(), limit);
  EXPECT_EQ(tight.row_tops.size(), 3u);

  const auto impossible = layoutSummary(s, legend, Language::kEnglish, 200, 5, fixedPitch);
  EXPECT_NEAR(impossible.body_style.size_pt, 4.5, 1e-9);  // the legend minimum, as body type
  EXPECT_EQ(impossible.row_tops.size(), 3u);
  EXPECT_GT(impossible.box.height(), 5);
}

TEST(SummaryLayout, TableLabelsAndBothValueColumnsShareTheWidth) {
  SummarySpec s = accessSummary({}, workedExample(), 0, Language::kEnglish);
  const auto l = layoutSummary(s, {}, Language::kEnglish, 160, 0, fixedPitch);
  EXPECT_TRUE(l.labels_fit);
  // "Latino residents" (16 bytes) then two columns as wide as "Proposal" (8 bytes).
  const double label = 16 * l.body_style.size_pt * 0.5;
  EXPECT_GE(l.value_right - l.column_pt, label);
  EXPECT_NEAR(l.column_pt, 8 * l.body_style.size_pt * 0.5, 1e-9);
  EXPECT_TRUE(layoutSummary({}, {}, Language::kEnglish, 160, 0, fixedPitch).box.empty());
}

}  // namespace
}  // namespace geo::exhibit
