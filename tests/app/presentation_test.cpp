// Presentation mode and the language switch under the private Xvfb
// (1920x1200): --present hides the sidebar and shows the bottom bar, --lang es
// changes the text drawn, and --click-at opens the card of the tract there.

#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>

#include "tests/app/map_test_support.h"

namespace app {
namespace {

namespace fs = std::filesystem;

struct ViewerRun {
  testing::Image image;
  std::string log;
};

ViewerRun runViewer(const std::string& name, const std::string& flags) {
  const fs::path png = fs::temp_directory_path() / ("equimap_present_" + name + ".png");
  const fs::path log = fs::temp_directory_path() / ("equimap_present_" + name + ".log");
  fs::remove(png);
  const std::string command = std::string(EQUIMAP_BINARY) + " --exit-after-frames 6 " + flags +
                              " --screenshot " + png.string() + " 2>" + log.string();
  EXPECT_EQ(std::system(command.c_str()), 0) << command;
  std::ifstream in(log);
  std::stringstream text;
  text << in.rdbuf();
  return {testing::readPng(png.string()), text.str()};
}

// Share of pixels in a rectangle equal to `color` (within 6 per channel).
double shareOf(const testing::Image& image, int x0, int y0, int x1, int y1, std::array<int, 3> c) {
  int same = 0, all = 0;
  for (int y = y0; y < y1; y += 2)
    for (int x = x0; x < x1; x += 2, ++all)
      same += std::abs(image.at(x, y)[0] - c[0]) <= 6 && std::abs(image.at(x, y)[1] - c[1]) <= 6 &&
              std::abs(image.at(x, y)[2] - c[2]) <= 6;
  return all ? double(same) / all : 0;
}

int differingPixels(const testing::Image& a, const testing::Image& b, int y0, int y1) {
  int count = 0;
  for (int y = y0; y < y1; ++y)
    for (int x = 0; x < a.width; ++x) count += a.at(x, y) != b.at(x, y);
  return count;
}

TEST(Presentation, HidesTheSidebarShowsTheBarAndFollowsTheLanguage) {
  const ViewerRun normal = runViewer("normal", "--window-width 1600 --window-height 1000");
  const ViewerRun en = runViewer("en", "--present --lang en");
  const ViewerRun es = runViewer("es", "--present --lang es");
  ASSERT_EQ(normal.image.width, 1600);
  // Presentation mode is full screen: the whole Xvfb screen.
  ASSERT_EQ(en.image.width, 1920);
  ASSERT_EQ(en.image.height, 1200);
  ASSERT_EQ(es.image.width, 1920);

  // The sidebar's background fills most of the left strip normally, and not
  // in presentation mode, where the map reaches the left edge.
  const auto sidebar = normal.image.at(170, 700);
  EXPECT_GT(shareOf(normal.image, 0, 300, 340, 900, sidebar), 0.5);
  EXPECT_LT(shareOf(en.image, 0, 300, 340, 900, sidebar), 0.2);

  // The bottom bar: a plain window background along its lower edge.
  const auto bar = en.image.at(5, 1195);
  EXPECT_GT(shareOf(en.image, 0, 1190, 1920, 1199, bar), 0.9);
  EXPECT_GT(bar[0], 200);

  // English and Spanish draw different words in the bar and the banner.
  EXPECT_GT(differingPixels(en.image, es.image, 1200 - 150, 1200), 500);
  EXPECT_NE(en.log.find("view 1 of 5: poverty"), std::string::npos) << en.log;
}

TEST(Presentation, AClickOpensTheCardOfTheTractUnderIt) {
  const ViewerRun run = runViewer("click", "--present --lang es --click-at 960,500");
  auto doc = testing::openBundled();
  ASSERT_TRUE(doc);
  ASSERT_FALSE(doc->views.empty());
  // The same view as the app: map area above a 84 px bar, first prepared view.
  render::MapView view;
  view.resize(1920, 1200 - 84, 1.0);
  view.fit(geo::map::viewExtent(*doc, doc->views[0].zoom));
  const int tracts = doc->findLayer("tracts");
  const auto& layer = doc->layers[std::size_t(tracts)];
  auto row = layer.index.pick(layer.display, view.toMap({960, 500}), 3 * view.unitsPerPixel());
  ASSERT_TRUE(row);
  const std::string expected = "(tracts, row " + std::to_string(*row) + ")";
  EXPECT_NE(run.log.find("card opened:"), std::string::npos) << run.log;
  EXPECT_NE(run.log.find(expected), std::string::npos) << run.log;
}

// The row of layer `id` under window point (x, y) in presentation mode with
// prepared view `view` on screen (map area above the 84 px bar).
std::optional<std::uint32_t> rowUnder(const geo::map::MapDocument& doc,
                                      std::size_t view,
                                      const std::string& id,
                                      render::ScreenPoint point) {
  render::MapView map;
  map.resize(1920, 1200 - 84, 1.0);
  map.fit(geo::map::viewExtent(doc, doc.views.at(view).zoom));
  const auto& layer = doc.layers[std::size_t(doc.findLayer(id))];
  return layer.index.pick(layer.display, map.toMap(point), 3 * map.unitsPerPixel());
}

TEST(Presentation, WithNeighborhoodsShownAClickOpensTheNeighborhoodsCard) {
  const ViewerRun run =
      runViewer("neighborhood", "--present --lang es --view 5 --click-at 900,560");
  auto doc = testing::openBundled();
  ASSERT_TRUE(doc);
  ASSERT_EQ(doc->views.size(), 5u);
  ASSERT_EQ(doc->views[4].id, "neighborhoods");
  const auto row = rowUnder(*doc, 4, "neighborhoods", {900, 560});
  ASSERT_TRUE(row);
  EXPECT_NE(run.log.find("view 5 of 5: neighborhoods"), std::string::npos) << run.log;
  const std::string expected = "(neighborhoods, row " + std::to_string(*row) + ")";
  EXPECT_NE(run.log.find(expected), std::string::npos) << run.log;
}

TEST(Presentation, AProjectCreatedFromTheRecipeStepsThroughItsSavedViews) {
  const fs::path project = fs::temp_directory_path() / "equimap_present_views.equimap";
  for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(project.string() + suffix);
  const std::string create = std::string(EQUIMAP_BINARY) + " project create " + project.string() +
                             " --recipe " + testing::kBundledRecipe + " > " + project.string() +
                             ".out";
  ASSERT_EQ(std::system(create.c_str()), 0) << create;
  std::ifstream out(project.string() + ".out");
  std::stringstream created;
  created << out.rdbuf();
  EXPECT_NE(created.str().find("5 prepared views"), std::string::npos) << created.str();

  const ViewerRun run = runViewer("project", project.string() + " --present --view 2");
  EXPECT_NE(run.log.find("5 prepared views"), std::string::npos) << run.log;
  EXPECT_NE(run.log.find("view 2 of 5: hispanic"), std::string::npos) << run.log;
  for (const char* suffix : {"", "-wal", "-shm", ".out"}) fs::remove(project.string() + suffix);
}

}  // namespace
}  // namespace app
