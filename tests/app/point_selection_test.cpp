// A click on a point symbol selects it, and the map shows the selection: the
// symbol is drawn again larger with a thick cyan ring (Xvfb, scripted input).

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "tests/app/map_test_support.h"

namespace app {
namespace {

namespace fs = std::filesystem;

// The Granby library (Frederick H. Cossitt) in a 1600x1000 window on the
// bundled project: the northernmost library symbol, alone in its town.
constexpr int kLibraryX = 599, kLibraryY = 142;

int cyanPixelsNearLibrary(const std::string& name, const std::string& steps) {
  const fs::path dir = fs::temp_directory_path() / ("equimap_point_selection_" + name);
  fs::remove_all(dir);
  fs::create_directories(dir);
  fs::copy_file(fs::path(EQUIMAP_SOURCE_DIR) / "data/hartford.equimap", dir / "p.equimap");
  std::ofstream(dir / "s.script") << "idle\n"
                                  << steps << "move 900 900\nwait 2\nscreenshot shot.png\n";
  const std::string command = "cd " + dir.string() + " && XDG_CONFIG_HOME=" + dir.string() + " " +
                              EQUIMAP_BINARY + " p.equimap --window-width 1600"
                              " --window-height 1000 --script s.script 2>/dev/null";
  EXPECT_EQ(std::system(command.c_str()), 0) << command;
  const auto image = testing::readPng((dir / "shot.png").string());
  if (image.width != 1600) return -1;
  int count = 0;
  for (int y = kLibraryY - 14; y <= kLibraryY + 14; ++y)
    for (int x = kLibraryX - 14; x <= kLibraryX + 14; ++x)
      count += testing::near(image.at(x, y), {0, 229, 255, 255}, 40);
  return count;
}

TEST(PointSelection, AClickedSymbolGetsACyanRing) {
  EXPECT_EQ(cyanPixelsNearLibrary("none", ""), 0);
  // The ring: 3 px wide around a symbol of 10 + 6 px, about 2 * pi * 6.5 * 3.
  EXPECT_GT(cyanPixelsNearLibrary("clicked", "click 599 142\nwait 3\n"), 60);
}

}  // namespace
}  // namespace app
