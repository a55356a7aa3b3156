// The exhibit window takes its equity summary from the equity panel's result:
// a project whose saved template asks for a bar chart shows the chart's two
// bar colours in the page preview once the library analysis has run, and none
// without a run.

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>

#include "geo/exhibit/exhibit_template.h"
#include "geo/store/project.h"
#include "geo/store/project_analyses.h"
#include "tests/app/map_test_support.h"

namespace app {
namespace {

namespace fs = std::filesystem;

// The bar colours of exhibit_painter.cpp: today (light) and the proposal.
constexpr geo::carto::Rgba kTodayBar{0xa6, 0xbd, 0xdb, 255};
constexpr geo::carto::Rgba kProposalBar{0x43, 0x6e, 0xa8, 255};

fs::path chartProject() {
  const fs::path dir = fs::temp_directory_path() / "equimap_exhibit_summary";
  fs::remove_all(dir);
  fs::create_directories(dir);
  const fs::path project = dir / "chart.equimap";
  const std::string create = std::string(EQUIMAP_BINARY) + " project create " + project.string() +
                             " --recipe " + testing::kBundledRecipe + " >/dev/null 2>&1";
  EXPECT_EQ(std::system(create.c_str()), 0);
  auto p = geo::store::Project::open(project.string());
  EXPECT_TRUE(p.has_value());
  geo::exhibit::ExhibitTemplate t;
  t.summary.style = geo::exhibit::SummaryStyle::kBarChart;
  EXPECT_TRUE(p->putDocument({geo::store::DocumentKind::kExhibit,
                              geo::store::kExhibitTemplateId,
                              "Main exhibit",
                              geo::exhibit::toJson(t).dump(),
                              {}}));
  EXPECT_TRUE(p->save());
  return project;
}

// A screenshot of the viewer on `project` with the exhibit window open.
testing::Image screenshot(const fs::path& project, const std::string& flags) {
  const fs::path out = project.parent_path() / "screen.png";
  fs::remove(out);
  const std::string command = "XDG_CONFIG_HOME=" + project.parent_path().string() + " " +
                              EQUIMAP_BINARY + " " + project.string() + " --show exhibit " + flags +
                              " --exit-after-frames 8 --window-width 1920 --window-height 1000"
                              " --screenshot " +
                              out.string() + " 2>/dev/null";
  EXPECT_EQ(std::system(command.c_str()), 0) << command;
  return testing::readPng(out.string());
}

// Pixels near `color` in the page preview: right of the exhibit window's
// 22-font-height controls column, left of the equity window.
int previewPixels(const testing::Image& image, geo::carto::Rgba color) {
  EXPECT_EQ(image.width, 1920);
  if (image.width != 1920) return -1;
  int count = 0;
  for (int y = 90; y < 560; ++y)
    for (int x = 360 + 22 * 16 + 24; x < 360 + 62 * 16 - 10; ++x)
      count += testing::near(image.at(x, y), color, 6);
  return count;
}

TEST(ExhibitWindowSummary, ThePreviewDrawsTheEquityResultAsABarChart) {
  const fs::path project = chartProject();
  const auto with_result = screenshot(
      project, std::string("--equity ") + EQUIMAP_SOURCE_DIR + "/data/analyses/libraries.json");
  EXPECT_GT(previewPixels(with_result, kTodayBar), 150);
  EXPECT_GT(previewPixels(with_result, kProposalBar), 150);
  const auto without = screenshot(project, "");
  EXPECT_LT(previewPixels(without, kProposalBar), 10);
}

}  // namespace
}  // namespace app
