#pragma once

// `equimap render`: draws a project's main map (the same scene, legend, scale
// bar and title as the viewer) into an offscreen framebuffer and writes a PNG.
// Needs an OpenGL 3.3 context, so an X display (Xvfb is fine) but no user.

#include <string>

#include "geo/core/error.h"

namespace app::gui {

struct RenderOptions {
  std::string recipe_path;
  std::string out_path = "map.png";
  int width = 1600;
  int height = 1000;
  std::string extent = "home";  // "home" = the recipe's view, "all" = every layer
};

geo::core::Result<void> renderToPng(const RenderOptions& options);

// A hidden window that owns an OpenGL 3.3 core context (for headless drawing and
// the benchmark). Fails with a message saying to use Xvfb when there is no display.
struct HiddenContext {
  void* window = nullptr;
  ~HiddenContext();
};
geo::core::Result<void> openHiddenContext(HiddenContext& context);

}  // namespace app::gui
