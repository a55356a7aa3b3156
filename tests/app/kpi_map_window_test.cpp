// A facility KPI on the map in a real window (Xvfb): a project built from the
// bundled recipe and the library system totals, saved with "library visits,
// FY2018" on the map, opens with graduated symbols on the libraries layer.
// Hartford's 822,199 visits are in the top class of the locked breaks, so its
// central library gets the 30 px symbol (a green disc about 27 px across
// inside its 1.5 px white ring); East Hartford's 109,296 are in the lowest
// class (6 px).

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>

#include "geo/store/project.h"
#include "tests/app/map_test_support.h"

namespace app {
namespace {

namespace fs = std::filesystem;

struct Blob {
  int min_x = 1 << 30, max_x = -1, min_y = 1 << 30, max_y = -1;
  int pixels = 0;
  int width() const { return max_x - min_x + 1; }
  int height() const { return max_y - min_y + 1; }
};

// 4-connected groups of pixels near `color` in the columns x < x_end.
std::vector<Blob> blobsOf(const testing::Image& image, geo::carto::Rgba color, int x_end) {
  std::vector<char> seen(std::size_t(image.width) * image.height, 0);
  std::vector<Blob> blobs;
  for (int y0 = 0; y0 < image.height; ++y0)
    for (int x0 = 0; x0 < x_end; ++x0) {
      if (seen[std::size_t(y0) * image.width + x0] || !testing::near(image.at(x0, y0), color, 8))
        continue;
      Blob blob;
      std::vector<std::pair<int, int>> stack = {{x0, y0}};
      seen[std::size_t(y0) * image.width + x0] = 1;
      while (!stack.empty()) {
        auto [x, y] = stack.back();
        stack.pop_back();
        blob.min_x = std::min(blob.min_x, x), blob.max_x = std::max(blob.max_x, x);
        blob.min_y = std::min(blob.min_y, y), blob.max_y = std::max(blob.max_y, y);
        ++blob.pixels;
        for (auto [nx, ny] : {std::pair{x + 1, y}, {x - 1, y}, {x, y + 1}, {x, y - 1}}) {
          if (nx < 0 || ny < 0 || nx >= x_end || ny >= image.height) continue;
          auto& s = seen[std::size_t(ny) * image.width + nx];
          if (s || !testing::near(image.at(nx, ny), color, 8)) continue;
          s = 1;
          stack.push_back({nx, ny});
        }
      }
      blobs.push_back(blob);
    }
  return blobs;
}

int run(const std::string& command) {
  const int status = std::system(command.c_str());
  EXPECT_EQ(status, 0) << command;
  return status;
}

TEST(KpiMapWindow, FacilityKpisAreDrawnAsGraduatedSymbols) {
  const fs::path dir = fs::temp_directory_path() / "equimap_kpi_map_window";
  fs::remove_all(dir);
  fs::create_directories(dir);
  const std::string project = (dir / "libraries.equimap").string();
  const std::string data = std::string(EQUIMAP_SOURCE_DIR) + "/data/";
  const std::string quiet = " >/dev/null 2>&1";
  ASSERT_EQ(run(std::string(EQUIMAP_BINARY) + " project create " + project + " --recipe " +
                data + "hartford.recipe.json" + quiet),
            0);
  ASSERT_EQ(run(std::string(EQUIMAP_BINARY) + " kpi import " + project + " " + data +
                "kpi/ct_public_library_stats_1996_2018.csv --map " + data +
                "kpi/ct_library_system_kpi_mapping.json" + quiet),
            0);
  {
    auto p = geo::store::Project::open(project);
    ASSERT_TRUE(p) << p.error().toString();
    auto view = p->view();
    view.kpi_id = "library_visits";
    view.kpi_period = "2017-07-01T04:00:00Z";  // FY2018
    p->setView(view);
    ASSERT_TRUE(p->save());
  }

  const std::string shot = (dir / "screen.png").string();
  ASSERT_EQ(run("XDG_CONFIG_HOME=" + dir.string() + " " + EQUIMAP_BINARY + " " + project +
                " --exit-after-frames 8 --window-width 1600 --window-height 1000 --screenshot " +
                shot + quiet),
            0);
  const auto image = testing::readPng(shot);
  ASSERT_EQ(image.width, 1600);
  fs::copy_file(shot,
                fs::temp_directory_path() / "equimap_window_kpi_map.png",
                fs::copy_options::overwrite_existing);

  // The map left of the legend (which draws every class's symbol too).
  const auto blobs = blobsOf(image, {0x23, 0x8b, 0x45, 255}, 1600 - 320);
  int large = 0;
  for (const auto& b : blobs) {
    if (b.width() < 12) continue;
    ++large;
    EXPECT_NEAR(b.width(), 27, 2);
    EXPECT_NEAR(b.height(), 27, 2);
  }
  EXPECT_EQ(large, 1);  // Hartford's central library only
}

}  // namespace
}  // namespace app
