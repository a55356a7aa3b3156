#include "geo/exhibit/exhibit_batch.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "tests/geo/exhibit/exhibit_test_support.h"

namespace geo::exhibit {
namespace {

namespace fs = std::filesystem;
using testing::bundledDocument;
using testing::scratchDir;

TEST(ExhibitBatch, ServiceLineSeriesWritesOneExhibitPerFacilityLayerInEveryFormat) {
  const auto dir = scratchDir("batch_service");
  ExhibitTemplate t;
  t.page.dpi = 72;
  BatchRequest request{.out_dir = (dir / "out").string(),
                       .formats = {OutputFormat::kPdf, OutputFormat::kSvg, OutputFormat::kPng},
                       .series = Series::kServiceLine};
  auto result = exportBatch(bundledDocument(), t, request);
  ASSERT_TRUE(result.has_value()) << result.error().toString();

  // The bundled recipe has four point layers.
  EXPECT_EQ(result->files.size(), 4u * 3u);
  for (const char* id : {"bus_stops", "schools", "hospitals", "libraries"})
    for (const char* ext : {"pdf", "svg", "png"}) {
      const fs::path file = dir / "out" / (std::string("exhibit_") + id + "." + ext);
      EXPECT_TRUE(fs::exists(file)) << file;
      EXPECT_GT(fs::file_size(file), 1000u) << file;
    }
  // Each page names its facilities (the layer title) on the line under the title.
  const std::string text = testing::pdfText(dir / "out" / "exhibit_libraries.pdf");
  const auto end_of_title = text.find('\n');
  const std::string second_line =
      text.substr(end_of_title + 1, text.find('\n', end_of_title + 1) - end_of_title - 1);
  EXPECT_EQ(second_line, "Libraries and branches (c. 2016)") << text;
  EXPECT_EQ(testing::pdfText(dir / "out" / "exhibit_schools.pdf").find("Libraries and branches"),
            std::string::npos);
}

TEST(ExhibitBatch, IndicatorSeriesListsEveryComputedIndicatorAndLeavesTheDocumentAlone) {
  auto items = seriesItems(bundledDocument(), Series::kIndicator);
  ASSERT_TRUE(items.has_value());
  EXPECT_EQ(items->size(), bundledDocument().layers[0].indicators.size());
  EXPECT_EQ(items->front().id, "hispanic_share");

  const auto dir = scratchDir("batch_indicator");
  ExhibitTemplate t;
  BatchRequest request{.out_dir = dir.string(), .series = Series::kIndicator};
  auto result = exportBatch(bundledDocument(), t, request);
  ASSERT_TRUE(result.has_value()) << result.error().toString();
  EXPECT_EQ(result->files.size(), items->size());
  EXPECT_TRUE(fs::exists(dir / "exhibit_renter_share.pdf"));
  EXPECT_EQ(bundledDocument().layers[0].spec.style.indicator, "poverty_share");
}

TEST(ExhibitBatch, ScenarioSeriesWithoutAnalysesSaysThereIsNothingToIterateAndWhy) {
  auto result =
      exportBatch(bundledDocument(),
                  {},
                  {.out_dir = scratchDir("batch_s").string(), .series = Series::kScenario});
  ASSERT_FALSE(result.has_value());
  EXPECT_EQ(result.error().code, core::ErrorCode::kNotFound);
  EXPECT_NE(result.error().message.find("no scenarios"), std::string::npos);
  EXPECT_NE(result.error().hint.find("\"analyses\""), std::string::npos);
}

TEST(ExhibitBatch, WithoutASeriesWritesOneExhibitPerFormat) {
  const auto dir = scratchDir("batch_single");
  auto result = exportBatch(bundledDocument(), {}, {.out_dir = dir.string()});
  ASSERT_TRUE(result.has_value());
  ASSERT_EQ(result->files.size(), 1u);
  EXPECT_EQ(fs::path(result->files[0]).filename(), "exhibit.pdf");
}

}  // namespace
}  // namespace geo::exhibit
