// HiDPI: with a framebuffer twice the window size (pixel ratio 2), the feature
// picked under a logical cursor position is the one drawn at that spot.

#include <gtest/gtest.h>

#include "app/gui/app_state.h"
#include "app/gui/headless_render.h"
#include "app/gui/map_input.h"
#include "app/gui/offscreen.h"
#include "app/gui/scene.h"
#include "app/render/gl.h"
#include "tests/app/map_test_support.h"

namespace app {
namespace {

TEST(HiDpiPicking, TheFeatureUnderTheCursorIsTheOneDrawnThereAtPixelRatioTwo) {
  gui::HiddenContext context;
  ASSERT_TRUE(gui::openHiddenContext(context));
  gui::AppState state;
  state.doc = testing::openBundled();
  ASSERT_TRUE(state.doc);
  auto scene = gui::Scene::create();
  ASSERT_TRUE(scene) << scene.error().toString();
  (*scene)->reset(*state.doc, gui::buildMeshes(*state.doc, nullptr));

  const double ratio = 2.0;
  state.view.resize(800, 500, ratio);  // logical window pixels
  state.view.fit(state.doc->home);
  auto target = gui::OffscreenTarget::create(1600, 1000);
  ASSERT_TRUE(target);
  target->bind();
  glClearColor(0.96f, 0.96f, 0.94f, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  (*scene)->draw(*state.doc, state.view, {}, 0, 0);
  const auto pixels = target->read();

  const int tracts = state.doc->findLayer("tracts");
  const auto& layer = state.doc->layers[std::size_t(tracts)];
  const auto colors = layer.featureColors();
  int checked = 0;
  for (int y = 10; y < 500; y += 15)
    for (int x = 10; x < 800; x += 15) {
      const auto p = state.view.toMap({double(x), double(y)});
      const auto hit = gui::pickAt(state, p);
      if (!hit || hit->layer != tracts) continue;
      const auto& g = layer.display.geometries[hit->row];
      if (testing::distanceToEdges(g, p) < 3 * state.view.unitsPerPixel()) continue;
      if (!testing::clearOfSymbols(*state.doc, state.view, p, 10)) continue;
      const auto* px = &pixels[(std::size_t(y * ratio) * 1600 + std::size_t(x * ratio)) * 4];
      EXPECT_TRUE(testing::near({px[0], px[1], px[2]}, colors[hit->row]))
          << "logical " << x << "," << y << " picked row " << hit->row;
      ++checked;
    }
  EXPECT_GT(checked, 300);
}

}  // namespace
}  // namespace app
