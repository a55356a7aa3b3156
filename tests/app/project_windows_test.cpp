// The project windows in a real window (Xvfb): the viewer opens a copy of the
// bundled project with the KPI panel or the exhibit window shown, and the
// screenshot holds the KPI trend lines and the exhibit page preview.

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>

#include "tests/app/map_test_support.h"

namespace app {
namespace {

namespace fs = std::filesystem;

struct Region {
  int x0, y0, x1, y1;
};

int countNear(const testing::Image& image, Region r, geo::carto::Rgba color, int tolerance = 6) {
  int count = 0;
  for (int y = r.y0; y < r.y1; ++y)
    for (int x = r.x0; x < r.x1; ++x) count += testing::near(image.at(x, y), color, tolerance);
  return count;
}

// Runs the viewer on a private copy of the bundled project (so the bundled
// file is never locked or written) with `--show window`.
testing::Image screenshotWith(const std::string& window) {
  const fs::path dir = fs::temp_directory_path() / ("equimap_windows_" + window);
  fs::remove_all(dir);
  fs::create_directories(dir);
  const fs::path project = dir / "hartford.equimap";
  fs::copy_file(fs::path(EQUIMAP_SOURCE_DIR) / "data/hartford.equimap", project);
  const fs::path out = dir / "screen.png";
  const std::string command = "XDG_CONFIG_HOME=" + dir.string() + " " + EQUIMAP_BINARY + " " +
                              project.string() + " --show " + window +
                              " --exit-after-frames 8 --window-width 1600 --window-height 1000"
                              " --screenshot " + out.string() + " 2>/dev/null";
  EXPECT_EQ(std::system(command.c_str()), 0) << command;
  auto image = testing::readPng(out.string());
  const fs::path keep = fs::temp_directory_path() / ("equimap_window_" + window + ".png");
  fs::copy_file(out, keep, fs::copy_options::overwrite_existing);
  return image;
}

TEST(ProjectWindows, TheKpiPanelDrawsATrendLinePerTown) {
  const auto image = screenshotWith("kpi");
  ASSERT_EQ(image.width, 1600);
  // The panel sits at the right edge (42 x 40 font heights of 16 px).
  const Region panel{1600 - 20 - 672, 32, 1600 - 20, 32 + 640};
  // First and second series colours of the chart (Okabe-Ito blue and orange).
  EXPECT_GT(countNear(image, panel, {0, 114, 178, 255}), 40);
  EXPECT_GT(countNear(image, panel, {230, 159, 0, 255}), 40);
  // The chart's white plot area.
  EXPECT_GT(countNear(image, panel, {255, 255, 255, 255}, 0), 20000);
}

TEST(ProjectWindows, TheExhibitWindowShowsThePagePreviewWithTheMap) {
  const auto image = screenshotWith("exhibit");
  ASSERT_EQ(image.width, 1600);
  auto doc = testing::openBundled();
  ASSERT_TRUE(doc);
  const auto& tracts = doc->layers[std::size_t(doc->findLayer("tracts"))];
  // The preview: right of the 22-font-height controls column of the window.
  const Region preview{360 + 22 * 16 + 24, 90, 360 + 62 * 16 - 10, 560};
  EXPECT_GT(countNear(image, preview, {255, 255, 255, 255}, 0), 30000);  // the white page
  int class_pixels = 0;
  for (const auto& entry : tracts.legend())
    if (!entry.no_data) class_pixels += countNear(image, preview, entry.color, 4);
  EXPECT_GT(class_pixels, 2000);
}

}  // namespace
}  // namespace app
