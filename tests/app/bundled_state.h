#pragma once

// The bundled map in an AppState with its scene on a hidden GL context, for
// tests of GUI logic (commands, sessions) without a window.

#include <memory>

#include "app/gui/app_state.h"
#include "app/gui/headless_render.h"
#include "app/gui/scene.h"
#include "tests/app/map_test_support.h"

namespace app::testing {

struct BundledState {
  gui::HiddenContext context;
  std::unique_ptr<gui::Scene> scene;
  gui::AppState state;
};

// A map view of `width` x `height` logical pixels fitted to the home extent;
// nullptr when no GL context, scene or bundled map could be made.
inline std::unique_ptr<BundledState> bundledState(double width, double height) {
  auto out = std::make_unique<BundledState>();
  if (!gui::openHiddenContext(out->context)) return nullptr;
  auto scene = gui::Scene::create();
  out->state.doc = openBundled();
  if (!scene || !out->state.doc) return nullptr;
  out->scene = std::move(*scene);
  out->state.scene = out->scene.get();
  out->scene->reset(*out->state.doc, gui::buildMeshes(*out->state.doc, nullptr));
  out->state.view.resize(width, height, 1.0);
  out->state.view.fit(out->state.doc->home);
  return out;
}

}  // namespace app::testing
