#include "app/gui/headless_render.h"

#include <GLFW/glfw3.h>
#include <imgui.h>
#include <imgui_impl_opengl3.h>

#include "app/gui/loader.h"
#include "app/gui/map_overlays.h"
#include "app/gui/offscreen.h"
#include "app/gui/scene.h"
#include "app/gui/ui_setup.h"
#include "geo/core/log.h"

namespace app::gui {

HiddenContext::~HiddenContext() {
  if (!window) return;
  glfwDestroyWindow(static_cast<GLFWwindow*>(window));
  glfwTerminate();
}

geo::core::Result<void> openHiddenContext(HiddenContext& context) {
  if (!glfwInit())
    return geo::core::fail(geo::core::Error{
        .code = geo::core::ErrorCode::kUnsupported,
        .message = "cannot open an OpenGL context: no display",
        .hint = "run under X11 or with `xvfb-run -a equimap ...`"});
  glfwWindowHint(GLFW_VISIBLE, GLFW_FALSE);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
  glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
  glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GLFW_TRUE);
  GLFWwindow* window = glfwCreateWindow(64, 64, "equimap", nullptr, nullptr);
  if (!window) {
    glfwTerminate();
    return geo::core::fail(geo::core::ErrorCode::kUnsupported,
                           "OpenGL 3.3 core is not available on this display");
  }
  glfwMakeContextCurrent(window);
  context.window = window;
  return {};
}

namespace {

void drawOverlays(const geo::map::MapDocument& doc, const render::MapView& view, int w, int h) {
  ImGuiIO& io = ImGui::GetIO();
  io.DisplaySize = {float(w), float(h)};
  io.DisplayFramebufferScale = {1, 1};
  io.DeltaTime = 1.0f / 60.0f;
  ImGui_ImplOpenGL3_NewFrame();
  ImGui::NewFrame();
  const Rect map{0, 0, float(w), float(h)};
  drawTitle(doc, map);
  drawLegend(doc, map);
  drawScaleBar(doc, view, map);
  ImGui::Render();
}

}  // namespace

geo::core::Result<void> renderToPng(const RenderOptions& options) {
  auto loaded = loadDocument(options.recipe_path, nullptr);
  if (!loaded) return std::unexpected(loaded.error());

  HiddenContext context;
  if (auto ok = openHiddenContext(context); !ok) return ok;
  initImGui(1.0f);
  ImGui_ImplOpenGL3_Init("#version 330 core");
  geo::core::Result<void> result;
  {
    auto scene = Scene::create();
    auto target = scene ? OffscreenTarget::create(options.width, options.height)
                        : geo::core::Result<OffscreenTarget>(std::unexpected(scene.error()));
    if (!target) {
      result = std::unexpected(target.error());
    } else {
      (*scene)->reset(loaded->doc, std::move(loaded->meshes));
      render::MapView view;
      view.resize(options.width, options.height, 1.0);
      const bool home = options.extent == "home" && !loaded->doc.home.empty();
      view.fit(home ? loaded->doc.home : loaded->doc.extent());

      // ImGui needs two frames to size auto-resizing windows such as the legend.
      for (int pass = 0; pass < 2; ++pass) drawOverlays(loaded->doc, view, options.width, options.height);
      target->bind();
      glViewport(0, 0, options.width, options.height);
      glClearColor(0.96f, 0.96f, 0.94f, 1.0f);
      glClear(GL_COLOR_BUFFER_BIT);
      (*scene)->draw(loaded->doc, view, {}, 0, 0);
      glViewport(0, 0, options.width, options.height);
      ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
      result = writePng(options.out_path, options.width, options.height, target->read());
    }
  }
  ImGui_ImplOpenGL3_Shutdown();
  shutdownImGui();
  if (result) geo::core::logInfo("render", "wrote {}", options.out_path);
  return result;
}

}  // namespace app::gui
