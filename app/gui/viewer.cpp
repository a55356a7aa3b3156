#include "app/gui/viewer.h"

#include <GLFW/glfw3.h>
#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <optional>
#include <sstream>
#include <utility>

#include "app/gui/comment_panel.h"
#include "app/gui/equity_panel.h"
#include "app/gui/equity_session.h"
#include "app/gui/input_script.h"
#include "app/gui/loader.h"
#include "app/gui/map_input.h"
#include "app/gui/offscreen.h"
#include "app/gui/panels.h"
#include "app/gui/presentation_mode.h"
#include "app/gui/project_panels.h"
#include "app/gui/theme.h"
#include "app/gui/ui_setup.h"
#include "app/render/gl.h"
#include "geo/i18n/catalog.h"

namespace app::gui {
namespace {

// Window areas in logical pixels, recomputed every frame.
struct Layout {
  Rect sidebar, map, table, status;
};

Layout computeLayout(const AppState& state, float width, float height, float scale) {
  Layout l;
  const float side = 340 * scale, status = 30 * scale, menu = ImGui::GetFrameHeight();
  l.sidebar = {0, menu, side, height - status - menu};
  l.status = {0, height - status, width, status};
  const float table = state.show_table ? (height - status - menu) * 0.35f : 0;
  l.map = {side, menu, width - side, height - status - table - menu};
  l.table = {side, height - status - table, width - side, table};
  return l;
}

class Viewer {
 public:
  Viewer(GLFWwindow* window, std::unique_ptr<Scene> scene, const ViewerOptions& options)
      : window_(window), scene_(std::move(scene)), options_(options) {
    state_.scene = scene_.get();
    glfwSetWindowUserPointer(window_, this);
    glfwSetDropCallback(window_, [](GLFWwindow* w, int count, const char** paths) {
      auto* self = static_cast<Viewer*>(glfwGetWindowUserPointer(w));
      for (int i = 0; i < count; ++i) self->state_.open_requests.push_back({paths[i], {}});
    });
    previous_sink_ = geo::core::setLogSink([this](const geo::core::LogRecord& r) {
      std::fprintf(stderr, "[%s] %s: %s\n", geo::core::logLevelName(r.level), r.category.c_str(),
                   r.message.c_str());
      if (r.level >= geo::core::LogLevel::kWarning) pending_messages_.push_back(r);
    });
    glfwSetWindowCloseCallback(window_, [](GLFWwindow* w) {
      auto* self = static_cast<Viewer*>(glfwGetWindowUserPointer(w));
      if (!requestQuit(self->state_)) glfwSetWindowShouldClose(w, GLFW_FALSE);
    });
    initSession(state_.session);
    if (options.autosave_seconds > 0) state_.session.autosave_seconds = options.autosave_seconds;
    state_.session.show_kpi = options.show_window == "kpi";
    state_.session.show_ledger = options.show_window == "ledger";
    state_.session.show_exhibit = options.show_window == "exhibit";
    state_.show_comments = options.show_window == "comments";
    state_.engage.presenting = options.present;
    openPath(state_, options.recipe_path);
  }
  ~Viewer() {
    equity_.cancel();
    geo::core::setLogSink(previous_sink_);
  }

  int run() {
    int frames_after_load = 0;
    while (!glfwWindowShouldClose(window_)) {
      glfwPollEvents();
      pollJobs();
      frame();
      if (state_.doc && frames_after_load == 1 && !options_.click_at.empty()) clickForTest();
      if (script_.active() && !followScript()) break;
      if (state_.doc && !equity_.busy() && options_.exit_after_frames > 0 &&
          ++frames_after_load >= options_.exit_after_frames) {
        if (!options_.screenshot_path.empty()) saveScreenshot(options_.screenshot_path);
        break;
      }
      glfwSwapBuffers(window_);
    }
    if (script_failed_) return 3;
    return load_failed_ ? 1 : 0;
  }

 private:
  void pollJobs() {
    tickSession(state_, glfwGetTime());
    if (state_.session.quit_now) glfwSetWindowShouldClose(window_, GLFW_TRUE);
    if (state_.session.document_job) {
      document_job_ = std::move(state_.session.document_job);
      state_.session.document_job.reset();
    }
    if (document_job_ && document_job_->ready()) takeDocument();
    for (auto it = layer_jobs_.begin(); it != layer_jobs_.end();) {
      if (!it->ready()) {
        ++it;
        continue;
      }
      takeLayer(*it);
      it = layer_jobs_.erase(it);
    }
    for (auto& request : state_.open_requests) {
      if (!state_.doc) continue;
      layer_jobs_.push_back(
          startLayerLoad(request.path, state_.doc->display_crs, request.assumed_crs));
      state_.status = layer_jobs_.back().description;
    }
    if (state_.doc) state_.open_requests.clear();
    comments_.poll(state_);
    equity_.poll(state_);
    state_.equity_result = equity_.result();
    if (state_.rebuild_scene && state_.doc) {
      scene_->reset(*state_.doc, buildMeshes(*state_.doc, nullptr));
      state_.view.fit(state_.doc->home.empty() ? state_.doc->extent() : state_.doc->home);
      state_.rebuild_scene = false;
    }
  }

  void takeDocument() {
    auto result = document_job_->result.get();
    document_job_.reset();
    if (!result) {
      state_.status = geo::i18n::trf("viewer.open_failed", result.error().toString());
      load_failed_ = true;
      return;
    }
    state_.doc = std::make_unique<geo::map::MapDocument>(std::move(result->doc));
    scene_->reset(*state_.doc, std::move(result->meshes));
    int width = 0, height = 0;
    glfwGetWindowSize(window_, &width, &height);
    const Layout l = computeLayout(state_, float(width), float(height), scale_);
    state_.view.resize(l.map.w, l.map.h, pixelRatio());
    state_.view.fit(state_.doc->home.empty() ? state_.doc->extent() : state_.doc->home);
    state_.active_layer = state_.doc->findLayer("tracts");
    state_.selection.clear();
    state_.hover.reset();
    state_.identify.reset();
    state_.status = geo::i18n::trf("viewer.opened", state_.doc->name);
    onDocumentLoaded(state_);
    if (state_.engage.presenting && !state_.doc->views.empty())
      applyPreparedView(state_,
                        std::clamp(options_.start_view - 1, 0, int(state_.doc->views.size()) - 1));
    if (!options_.equity_path.empty()) startEquity();
  }

  // The --equity option: open the definition, pick the map mode and run.
  void startEquity() {
    if (auto ok = equity_.open(options_.equity_path); !ok) {
      state_.status = ok.error().toString();
      pending_messages_.push_back({geo::core::LogLevel::kError, "equity", state_.status});
      return;
    }
    if (auto mode = geo::map::equityMapModeFromName(options_.equity_mode))
      equity_.setMode(state_, *mode);
    state_.show_equity = true;
    equity_.run(state_.doc->display_crs);
  }

  void takeLayer(Job<LoadedLayer>& job) {
    auto result = job.result.get();
    if (!result && geo::map::needsCrsChoice(result.error())) {
      state_.crs_prompt = job.path;  // ask, never guess
      state_.status = result.error().toString();
      return;
    }
    if (!result) {
      state_.status = result.error().toString();
      pending_messages_.push_back({geo::core::LogLevel::kError, "io", state_.status});
      return;
    }
    state_.doc->layers.push_back(std::move(result->layer));
    scene_->append(state_.doc->layers.back(), std::move(result->mesh));
    state_.active_layer = static_cast<int>(state_.doc->layers.size()) - 1;
    const auto& added = state_.doc->layers.back();
    state_.status = geo::i18n::trf("viewer.added", added.spec.title, added.data.report.summary());
  }

  double pixelRatio() const {
    int w = 0, fw = 0, h = 0, fh = 0;
    glfwGetWindowSize(window_, &w, &h);
    glfwGetFramebufferSize(window_, &fw, &fh);
    return w > 0 ? double(fw) / w : 1.0;
  }

  void drawLoadingProgress() {
    if (!document_job_ && layer_jobs_.empty()) return;
    auto& progress = document_job_ ? *document_job_->progress : *layer_jobs_.front().progress;
    ImGui::SetNextWindowPos(ImGui::GetMainViewport()->GetCenter(), ImGuiCond_Always, {0.5f, 0.5f});
    ImGui::Begin((geo::i18n::tr("viewer.loading") + "###loading").c_str(), nullptr, ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoCollapse);
    ImGui::TextUnformatted(state_.status.c_str());
    ImGui::ProgressBar(float(progress.fraction()), {360, 0});
    if (ImGui::Button((geo::i18n::tr("common.cancel") + "###cancel").c_str())) progress.cancel();
    ImGui::End();
  }

  void drawMessages() {
    for (auto& m : pending_messages_) state_.messages.push_back(std::move(m));
    pending_messages_.clear();
    if (state_.messages.empty()) return;
    ImGui::SetNextWindowSize({520, 180}, ImGuiCond_FirstUseEver);
    bool open = true;
    if (ImGui::Begin((geo::i18n::tr("viewer.messages") + "###messages").c_str(), &open)) {
      for (const auto& m : state_.messages)
        ImGui::TextWrapped("[%s] %s", geo::core::logLevelName(m.level), m.message.c_str());
    }
    ImGui::End();
    if (!open) state_.messages.clear();
  }

  void frame() {
    syncPresentationWindow(window_, state_, scale_);
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    if (script_.active()) script_requests_ = script_.apply(ImGui::GetIO(), idle());
    ImGui::NewFrame();
    const bool presenting = state_.engage.presenting;
    const bool large = presenting || state_.presentation_scale;
    if (large) ImGui::PushFont(largeFont());
    const ImVec2 size = ImGui::GetIO().DisplaySize;
    Layout layout = computeLayout(state_, size.x, size.y, scale_);
    const PresentationLayout present = presentationLayout(size.x, size.y, scale_);
    if (presenting) layout.map = present.map;
    state_.view.resize(layout.map.w, layout.map.h, pixelRatio());

    if (!presenting) drawMainMenu(state_);
    drawProjectWindows(state_);
    if (!presenting) drawSidebar(state_, layout.sidebar);
    if (!presenting) drawStatusBar(state_, layout.status);
    drawLoadingProgress();
    drawMessages();
    if (state_.doc) drawDocumentPanels(layout, present.bar);
    if (large) ImGui::PopFont();
    state_.applyCommands();
    ImGui::Render();
    renderFrame(layout, size);
  }

  void drawDocumentPanels(const Layout& layout, Rect bar) {
    const bool presenting = state_.engage.presenting;
    drawLegend(*state_.doc, layout.map);
    drawScaleBar(*state_.doc, state_.view, layout.map);
    if (presenting) {
      drawPresentation(state_, layout.map, bar);
    } else {
      drawAttributeTable(state_, layout.table);
      drawIdentifyWindow(state_);
      if (state_.show_equity) drawEquityWindow(state_, equity_);
    }
    drawCardWindow(state_);
    comments_.draw(state_);
    drawOpenDialog(state_);
    drawCrsPrompt(state_);
    handleEngagementKeys(state_);
    handleMapInput(state_, layout.map);
    if (!presenting) drawHoverTooltip(state_);
  }

  // --click-at X,Y: opens the card under that window point, as a click would.
  void clickForTest() {
    float x = 0, y = 0;
    if (std::sscanf(options_.click_at.c_str(), "%f,%f", &x, &y) != 2) return;
    const ImVec2 size = ImGui::GetIO().DisplaySize;
    Rect map = computeLayout(state_, size.x, size.y, scale_).map;
    if (state_.engage.presenting) map = presentationLayout(size.x, size.y, scale_).map;
    openCardAt(state_, {x - map.x, y - map.y});
  }

  void renderFrame(const Layout& layout, ImVec2 size) {
    const double ratio = pixelRatio();
    int fw = 0, fh = 0;
    glfwGetFramebufferSize(window_, &fw, &fh);
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    glViewport(0, 0, fw, fh);
    glClearColor(0.96f, 0.96f, 0.94f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    if (state_.doc) {
      const int x = int(layout.map.x * ratio);
      const int y = int((size.y - layout.map.y - layout.map.h) * ratio);
      SceneSelection selection{state_.selection.layer, state_.selection.rows};
      scene_->draw(*state_.doc, state_.view, selection, x, y);
    }
    glViewport(0, 0, fw, fh);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
  }

  bool idle() const {
    return state_.doc && !document_job_ && layer_jobs_.empty() && !equity_.busy() &&
           !state_.session.document_job && !state_.session.import_job;
  }

  // Carries out what this frame's script step asked for; false ends the viewer.
  bool followScript() {
    const ScriptRequests requests = std::exchange(script_requests_, {});
    if (!requests.screenshot.empty()) saveScreenshot(requests.screenshot);
    if (requests.close && requestQuit(state_)) glfwSetWindowShouldClose(window_, GLFW_TRUE);
    if (!requests.timed_out.empty()) {
      std::fprintf(stderr, "equimap: the input script waited too long at %s of %s\n",
                   requests.timed_out.c_str(), options_.script_path.c_str());
      script_failed_ = true;
    }
    return !requests.finished;
  }

  void saveScreenshot(const std::string& path) {
    int fw = 0, fh = 0;
    glfwGetFramebufferSize(window_, &fw, &fh);
    glBindFramebuffer(GL_READ_FRAMEBUFFER, 0);
    glReadBuffer(GL_BACK);
    auto pixels = readPixels(0, 0, fw, fh);
    if (auto ok = writePng(path, fw, fh, pixels); !ok)
      std::fprintf(stderr, "equimap: %s\n", ok.error().toString().c_str());
  }

  GLFWwindow* window_;
  std::unique_ptr<Scene> scene_;
  ViewerOptions options_;
  AppState state_;
  float scale_ = 1.0f;
  bool load_failed_ = false;
  std::optional<Job<LoadedDocument>> document_job_;
  EquitySession equity_;
  CommentPanel comments_;
  InputScript script_;
  ScriptRequests script_requests_;
  bool script_failed_ = false;
  std::vector<Job<LoadedLayer>> layer_jobs_;
  std::vector<geo::core::LogRecord> pending_messages_;
  geo::core::LogSink previous_sink_;

 public:
  void setScale(float s) { scale_ = s; }
  void setScript(InputScript script) { script_ = std::move(script); }
};

GLFWwindow* openWindow(const ViewerOptions& options) {
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
  glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
  glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GLFW_TRUE);
  GLFWwindow* window = glfwCreateWindow(options.width, options.height, "equimap", nullptr, nullptr);
  if (!window) return nullptr;
  glfwMakeContextCurrent(window);
  glfwSwapInterval(1);
  return window;
}

// The --script file, parsed; an empty script when there is none.
geo::core::Result<InputScript> loadScript(const std::string& path) {
  if (path.empty()) return InputScript{};
  std::ifstream in(path);
  if (!in)
    return std::unexpected(geo::core::Error{.code = geo::core::ErrorCode::kIo,
                                            .message = "cannot read the input script",
                                            .file = path});
  std::ostringstream text;
  text << in.rdbuf();
  auto steps = parseInputScript(text.str(), path);
  if (!steps) return std::unexpected(steps.error());
  return InputScript(std::move(*steps));
}

}  // namespace

int runViewer(const ViewerOptions& options) {
  auto script = loadScript(options.script_path);
  if (!script) {
    std::fprintf(stderr, "equimap: %s\n", script.error().toString().c_str());
    return 1;
  }
  glfwSetErrorCallback([](int code, const char* text) {
    std::fprintf(stderr, "equimap: GLFW error %d: %s\n", code, text);
  });
  if (!glfwInit()) {
    std::fprintf(stderr,
                 "equimap: cannot open a window (no display?). Run `equimap render` for a PNG, "
                 "or start the viewer under X11/Wayland or xvfb-run.\n");
    return 2;
  }
  GLFWwindow* window = openWindow(options);
  if (!window) {
    std::fprintf(stderr, "equimap: OpenGL 3.3 core is not available on this display.\n");
    glfwTerminate();
    return 2;
  }
  float sx = 1, sy = 1;
  glfwGetWindowContentScale(window, &sx, &sy);
  initImGui(sx);
  ImGui_ImplGlfw_InitForOpenGL(window, true);
  // Everything is reachable from the keyboard (Tab, arrows, Space, Enter); navigation
  // does not keep the map from seeing its own keys. Needs the GLFW key map, so not
  // in initImGui, which headless rendering shares.
  ImGui::GetIO().ConfigFlags |=
      ImGuiConfigFlags_NavEnableKeyboard | ImGuiConfigFlags_NavNoCaptureKeyboard;
  ImGui_ImplOpenGL3_Init("#version 330 core");

  int code = 2;
  if (auto scene = Scene::create()) {
    Viewer viewer(window, std::move(*scene), options);
    viewer.setScale(sx);
    viewer.setScript(std::move(*script));
    code = viewer.run();
  } else {
    std::fprintf(stderr, "equimap: %s\n", scene.error().toString().c_str());
  }
  ImGui_ImplOpenGL3_Shutdown();
  ImGui_ImplGlfw_Shutdown();
  shutdownImGui();
  glfwDestroyWindow(window);
  glfwTerminate();
  return code;
}

}  // namespace app::gui
