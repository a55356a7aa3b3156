#include "geo/exhibit/exhibit_template.h"

#include <gtest/gtest.h>

namespace geo::exhibit {
namespace {

TEST(ExhibitTemplate, LetterAndTabloidPagesHaveTheirSizeInPointsForEachOrientation) {
  PageSpec page;
  page.landscape = true;
  EXPECT_DOUBLE_EQ(page.widthPt(), 792.0);
  EXPECT_DOUBLE_EQ(page.heightPt(), 612.0);
  page.landscape = false;
  page.size = PageSize::kTabloid;
  EXPECT_DOUBLE_EQ(page.widthPt(), 792.0);
  EXPECT_DOUBLE_EQ(page.heightPt(), 1224.0);
}

TEST(ExhibitTemplate, SurvivesAJsonRoundTrip) {
  ExhibitTemplate t;
  t.page = {.size = PageSize::kCustom,
            .custom_width_pt = 500,
            .custom_height_pt = 700,
            .landscape = false,
            .margin_pt = 20,
            .dpi = 150};
  t.title = "Bibliotecas y pobreza";
  t.frame.box = core::Box{1, 2, 3, 4};
  t.scale_units = ScaleUnits::kMetric;
  t.inset = {.enabled = true, .layer = "towns"};
  t.summary = {.title = "Gap",
               .style = SummaryStyle::kBarChart,
               .format = ValueFormat::kNumber,
               .rows = {{"Hartford", 0.25}, {"East Hartford", 0.5}}};
  t.language = Language::kSpanish;
  t.notes = {"ACS 2019-2023"};

  auto back = exhibitTemplateFromJson(toJson(t));
  ASSERT_TRUE(back.has_value()) << back.error().toString();
  EXPECT_EQ(back->page.size, PageSize::kCustom);
  EXPECT_DOUBLE_EQ(back->page.heightPt(), 700);
  EXPECT_EQ(back->page.dpi, 150);
  EXPECT_EQ(back->title, t.title);
  ASSERT_TRUE(back->frame.box.has_value());
  EXPECT_DOUBLE_EQ(back->frame.box->max_y, 4);
  EXPECT_EQ(back->scale_units, ScaleUnits::kMetric);
  EXPECT_TRUE(back->inset.enabled);
  EXPECT_EQ(back->summary.style, SummaryStyle::kBarChart);
  ASSERT_EQ(back->summary.rows.size(), 2u);
  EXPECT_EQ(back->summary.rows[1].label, "East Hartford");
  EXPECT_EQ(back->language, Language::kSpanish);
  EXPECT_EQ(back->notes, t.notes);
}

TEST(ExhibitTemplate, SummaryColumnsAndItsAnalysisChoiceSurviveAJsonRoundTrip) {
  ExhibitTemplate t;
  t.summary = {.title = "Mean distance",
               .format = ValueFormat::kCount,
               .value_heading = "Today",
               .compare_heading = "Proposal",
               .rows = {{"All", 1204.0, 1254.0}, {"Nobody", std::nullopt, 3.0}},
               .from_analysis = false,
               .statistic = AccessStatistic::kCoverage};
  auto back = exhibitTemplateFromJson(toJson(t));
  ASSERT_TRUE(back.has_value()) << back.error().toString();
  const auto& s = back->summary;
  EXPECT_EQ(s.format, ValueFormat::kCount);
  EXPECT_EQ(s.compare_heading, "Proposal");
  ASSERT_EQ(s.rows.size(), 2u);
  EXPECT_EQ(s.rows[0].compare, 1254.0);
  EXPECT_FALSE(s.rows[1].value.has_value());
  EXPECT_FALSE(s.from_analysis);
  EXPECT_EQ(s.statistic, AccessStatistic::kCoverage);
  // An older template without these keys fills the summary from an analysis.
  auto old = exhibitTemplateFromJson(nlohmann::json{{"summary", {{"title", "x"}}}});
  ASSERT_TRUE(old.has_value());
  EXPECT_TRUE(old->summary.from_analysis);
  EXPECT_EQ(old->summary.statistic, AccessStatistic::kMeanDistance);
  EXPECT_FALSE(exhibitTemplateFromJson(nlohmann::json{{"summary", {{"statistic", "median"}}}}));
}

TEST(ExhibitTemplate, RejectsAWrongTypeNamingTheKey) {
  auto bad = exhibitTemplateFromJson(nlohmann::json{{"page", {{"dpi", "high"}}}});
  ASSERT_FALSE(bad.has_value());
  EXPECT_EQ(bad.error().code, core::ErrorCode::kParse);
  EXPECT_EQ(bad.error().field, "dpi");
}

TEST(ExhibitTemplate, RejectsAnUnknownLanguage) {
  auto bad = exhibitTemplateFromJson(nlohmann::json{{"language", "fr"}});
  ASSERT_FALSE(bad.has_value());
  EXPECT_EQ(bad.error().field, "language");
}

}  // namespace
}  // namespace geo::exhibit
