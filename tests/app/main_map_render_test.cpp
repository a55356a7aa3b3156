// The main map rendered by `equimap render` (under Xvfb in CI): the pixels
// inside known tracts have their class colours and the background shows
// outside the region.

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>

#include "tests/app/map_test_support.h"

namespace app {
namespace {

using testing::Image;

Image renderWithBinary(const std::string& name, const std::string& extra) {
  const auto out = std::filesystem::temp_directory_path() / ("equimap_render_" + name + ".png");
  std::filesystem::remove(out);
  const std::string command = std::string(EQUIMAP_BINARY) + " render --out " + out.string() +
                              " --width 1600 --height 1000 " + extra + " 2>/dev/null";
  EXPECT_EQ(std::system(command.c_str()), 0) << command;
  return testing::readPng(out.string());
}

// Screen areas covered by the title, legend and scale bar in a 1600x1000 image.
bool underOverlay(render::ScreenPoint s) {
  return (s.x < 700 && s.y < 60) || (s.x > 1250 && s.y > 640) || (s.x < 260 && s.y > 930);
}

TEST(MainMapRender, TractInteriorsHaveTheirClassColours) {
  auto doc = testing::openBundled();
  ASSERT_TRUE(doc);
  const Image image = renderWithBinary("home", "");
  ASSERT_EQ(image.width, 1600);
  ASSERT_EQ(image.height, 1000);

  render::MapView view;
  view.resize(1600, 1000, 1.0);
  view.fit(doc->home);
  int checked = 0, classes_seen_mask = 0;
  for (const auto& sample : testing::tractSamples(*doc, view, [](auto s) { return !underOverlay(s); })) {
    const auto pixel = image.at(int(sample.screen.x), int(sample.screen.y));
    EXPECT_TRUE(testing::near(pixel, sample.color))
        << "tract row " << sample.row << " at " << sample.screen.x << "," << sample.screen.y
        << ": got " << pixel[0] << "," << pixel[1] << "," << pixel[2];
    ++checked;
    if (sample.class_index >= 0) classes_seen_mask |= 1 << sample.class_index;
  }
  EXPECT_GE(checked, 40);                 // most of the 55 tracts of the two towns
  EXPECT_EQ(classes_seen_mask, 0b11111);  // every class appears in the two towns
}

TEST(MainMapRender, BackgroundShowsOutsideTheRegion) {
  auto doc = testing::openBundled();
  ASSERT_TRUE(doc);
  const Image image = renderWithBinary("all", "--extent all");
  ASSERT_EQ(image.width, 1600);
  render::MapView view;
  view.resize(1600, 1000, 1.0);
  view.fit(doc->extent());

  int background = 0;
  for (int y = 80; y < 1000; y += 40)
    for (int x = 20; x < 1600; x += 40) {
      const render::ScreenPoint s{double(x), double(y)};
      if (underOverlay(s)) continue;
      const auto p = view.toMap(s);
      bool covered = !testing::clearOfSymbols(*doc, view, p, 6);
      const double margin = 6 * view.unitsPerPixel();
      for (const auto& layer : doc->layers) {
        if (!layer.spec.visible) continue;
        if (layer.index.pick(layer.display, p, margin)) covered = true;
        for (const auto& g : layer.display.geometries)  // antialiased outlines nearby
          if (!covered && g.bounds().intersects({p.x - margin, p.y - margin, p.x + margin, p.y + margin}))
            covered = testing::distanceToEdges(g, p) < margin;
      }
      if (covered) continue;
      EXPECT_TRUE(testing::near(image.at(x, y), geo::carto::Rgba{245, 245, 240, 255}))
          << x << "," << y << " is " << image.at(x, y)[0] << "," << image.at(x, y)[1] << ","
          << image.at(x, y)[2];
      ++background;
    }
  EXPECT_GT(background, 20);
}

TEST(MainMapRender, UnwritableOutputFailsWithAMessageAndNonZeroExit) {
  const std::string command = std::string(EQUIMAP_BINARY) +
                              " render --out /nonexistent/dir/map.png 2>&1";
  FILE* pipe = popen(command.c_str(), "r");
  ASSERT_TRUE(pipe);
  std::string output;
  char buffer[512];
  while (fgets(buffer, sizeof buffer, pipe)) output += buffer;
  EXPECT_NE(pclose(pipe), 0);
  EXPECT_NE(output.find("/nonexistent/dir/map.png"), std::string::npos) << output;
}

}  // namespace
}  // namespace app
