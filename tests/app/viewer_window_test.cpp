// The interactive viewer in a real window (under Xvfb in CI): it opens the
// bundled project, and the map area of its first frames shows the tracts in
// their class colours next to the sidebar.

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>

#include "tests/app/map_test_support.h"

namespace app {
namespace {

// The viewer's layout at scale 1 (app/gui/viewer.cpp): menu bar 22 px high
// (16 px font + frame padding), sidebar 340 px wide, status bar 30 px high,
// the map in between.
constexpr double kMenu = 22, kSidebar = 340, kStatus = 30;

TEST(ViewerWindow, ShowsTheBundledProjectInClassColours) {
  const auto out = std::filesystem::temp_directory_path() / "equimap_viewer_window.png";
  std::filesystem::remove(out);
  const std::string command = std::string(EQUIMAP_BINARY) +
                              " --exit-after-frames 5 --window-width 1600 --window-height 1000"
                              " --screenshot " + out.string() + " 2>/dev/null";
  ASSERT_EQ(std::system(command.c_str()), 0) << command;
  const auto image = testing::readPng(out.string());
  ASSERT_EQ(image.width, 1600);
  ASSERT_EQ(image.height, 1000);

  auto doc = testing::openBundled();
  ASSERT_TRUE(doc);
  render::MapView view;
  view.resize(1600 - kSidebar, 1000 - kStatus - kMenu, 1.0);
  view.fit(doc->home);
  // Stay clear of the legend (bottom right), scale bar (bottom left) and the
  // hover tooltip near the window centre where the pointer starts.
  auto usable = [&](render::ScreenPoint s) {
    const bool legend = s.x > view.width() - 300 && s.y > view.height() - 300;
    const bool scale = s.x < 240 && s.y > view.height() - 70;
    return !legend && !scale;
  };
  int checked = 0, matched = 0;
  for (const auto& sample : testing::tractSamples(*doc, view, usable, 8)) {
    const auto pixel = image.at(int(sample.screen.x + kSidebar), int(sample.screen.y + kMenu));
    ++checked;
    matched += testing::near(pixel, sample.color);
  }
  EXPECT_GE(checked, 30);
  // A tooltip may cover a sample or two; every other one must match.
  EXPECT_GE(matched, checked - 2);

  // The sidebar is drawn: its background is not a map colour.
  const auto sidebar = image.at(170, 700);
  EXPECT_GT(sidebar[0], 200);
  EXPECT_NEAR(sidebar[0], sidebar[2], 12);
}

}  // namespace
}  // namespace app
