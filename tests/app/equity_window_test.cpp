// The equity panel in a real window (under Xvfb): the viewer opens the bundled
// project, runs the bundled library analysis on its worker thread and shows
// the change-in-access map: every unit well clear of the panel and overlays
// has the colour of its change class on the diverging ramp.

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>

#include "geo/map/equity_layers.h"
#include "tests/app/map_test_support.h"

namespace app {
namespace {

constexpr double kSidebar = 340, kStatus = 30;
constexpr double kPanelWidth = 480 + 10;  // equity window at the right edge

struct Expected {
  geo::map::MapLayer units, facilities;
};

// The layers the viewer must show, computed here in the bundled display CRS.
std::optional<Expected> expectedLayers(const geo::map::MapDocument& doc) {
  auto def = geo::analysis::readAnalysisDefinition(std::string(EQUIMAP_SOURCE_DIR) +
                                                   "/data/analyses/libraries.json");
  if (!def) return std::nullopt;
  def->service_lines.resize(1);
  auto result = geo::analysis::runAnalysis(*def);
  if (!result) return std::nullopt;
  auto units = geo::map::equityUnitsLayer(*result, 0, doc.display_crs);
  auto facilities = geo::map::equityFacilitiesLayer(*result, 0, doc.display_crs);
  if (!units || !facilities) return std::nullopt;
  const auto style = geo::map::equityUnitsStyle(result->lines[0], geo::map::EquityMapMode::kChange);
  if (!geo::map::applyStyle(*units, style)) return std::nullopt;
  return Expected{std::move(*units), std::move(*facilities)};
}

// The deepest point of `g` on screen (grid search), and its clearance in pixels.
std::pair<render::ScreenPoint, double> deepestPoint(const geo::core::Geometry& g,
                                                    const render::MapView& view) {
  const auto box = g.bounds();
  std::pair<render::ScreenPoint, double> best{{}, 0};
  for (int i = 1; i < 30; ++i)
    for (int j = 1; j < 30; ++j) {
      geo::core::Vec2 p{box.min_x + box.width() * i / 30, box.min_y + box.height() * j / 30};
      if (!geo::core::geometryContains(g, p)) continue;
      const double d = testing::distanceToEdges(g, p) / view.unitsPerPixel();
      if (d > best.second) best = {view.toScreen(p), d};
    }
  return best;
}

TEST(EquityWindow, ShowsTheChangeInAccessOfTheBundledLibraryAnalysis) {
  const auto out = std::filesystem::temp_directory_path() / "equimap_equity_window.png";
  std::filesystem::remove(out);
  const std::string command = std::string(EQUIMAP_BINARY) + " --equity " + EQUIMAP_SOURCE_DIR +
                              "/data/analyses/libraries.json --equity-mode change"
                              " --exit-after-frames 5 --window-width 1600 --window-height 1000"
                              " --screenshot " +
                              out.string() + " 2>/dev/null";
  ASSERT_EQ(std::system(command.c_str()), 0) << command;
  const auto image = testing::readPng(out.string());
  ASSERT_EQ(image.width, 1600);

  auto doc = testing::openBundled();
  ASSERT_TRUE(doc);
  auto expected = expectedLayers(*doc);
  ASSERT_TRUE(expected);
  for (auto& layer : doc->layers) layer.spec.visible = false;  // only our symbols matter
  doc->layers.push_back(std::move(expected->facilities));
  const auto& units = expected->units;
  const auto colors = units.featureColors();

  render::MapView view;
  view.resize(1600 - kSidebar, 1000 - kStatus, 1.0);
  view.fit(doc->home);
  int checked = 0, matched = 0;
  for (std::size_t r = 0; r < units.display.size(); ++r) {
    const auto [s, clearance] = deepestPoint(units.display.geometries[r], view);
    const bool clear_of_panel = s.x < view.width() - kPanelWidth - 10 && s.x > 0 && s.y > 0;
    const bool clear_of_scale = !(s.x < 240 && s.y > view.height() - 70);
    if (clearance < 6 || !clear_of_panel || !clear_of_scale) continue;
    if (!testing::clearOfSymbols(*doc, view, view.toMap(s), 14)) continue;
    ++checked;
    matched += testing::near(image.at(int(s.x + kSidebar), int(s.y)), colors[r]);
  }
  EXPECT_GE(checked, 15);
  EXPECT_GE(matched, checked - 2);  // the pointer's tooltip may cover one or two
  // Both ends of the diverging ramp differ from the neutral middle: some unit
  // shown changed (Mark Twain Branch closed), so the map is not one colour.
  EXPECT_GT(units.classification->counts.back() + units.classification->counts.front(), 0u);
}

}  // namespace
}  // namespace app
