#include "app/gui/presentation_mode.h"

#include <imgui.h>

#include <initializer_list>

#include "app/gui/panels.h"
#include "app/gui/theme.h"
#include "geo/i18n/catalog.h"

namespace app::gui {
namespace {

using geo::i18n::Language;
using geo::i18n::tr;
using geo::i18n::trf;

constexpr float kPresentationScale = 1.8f;  // sizes of controls and spacing in the room
constexpr float kBarHeight = 84.0f;         // logical px before scaling

struct WindowMemory {
  bool fullscreen = false;
  int x = 0, y = 0, w = 0, h = 0;
};

void setFullscreen(GLFWwindow* window, bool on, WindowMemory& memory) {
  if (memory.fullscreen == on) return;
  memory.fullscreen = on;
  if (on) {
    glfwGetWindowPos(window, &memory.x, &memory.y);
    glfwGetWindowSize(window, &memory.w, &memory.h);
    GLFWmonitor* monitor = glfwGetPrimaryMonitor();
    const GLFWvidmode* mode = monitor ? glfwGetVideoMode(monitor) : nullptr;
    if (mode)
      glfwSetWindowMonitor(window, monitor, 0, 0, mode->width, mode->height, mode->refreshRate);
    return;
  }
  glfwSetWindowMonitor(window, nullptr, memory.x, memory.y, memory.w, memory.h, GLFW_DONT_CARE);
}

void toggleLanguage() {
  geo::i18n::setLanguage(geo::i18n::language() == Language::kSpanish ? Language::kEnglish
                                                                      : Language::kSpanish);
}

void drawBanner(const AppState& state, Rect map) {
  ImGui::SetNextWindowPos({map.x + map.w / 2, map.y + 12}, ImGuiCond_Always, {0.5f, 0.0f});
  ImGui::SetNextWindowBgAlpha(0.95f);
  constexpr ImGuiWindowFlags kFlags = ImGuiWindowFlags_NoDecoration |
                                      ImGuiWindowFlags_AlwaysAutoResize |
                                      ImGuiWindowFlags_NoNav | ImGuiWindowFlags_NoMove;
  if (ImGui::Begin("##banner", nullptr, kFlags)) {
    const int index = state.engage.view_index;
    const auto& views = state.doc->views;
    if (index >= 0 && index < int(views.size()))
      ImGui::TextUnformatted(views[std::size_t(index)]
                                 .title(geo::i18n::languageCode(geo::i18n::language()))
                                 .c_str());
    else
      ImGui::TextUnformatted(state.doc->name.c_str());
    const int li = affectedLayer(*state.doc);
    const std::string scenario =
        state.engage.proposal && li >= 0
            ? trf("scenario.proposal", state.doc->layers[std::size_t(li)].spec.title)
            : tr("scenario.today");
    ImGui::TextColored({0.75f, 0.1f, 0.1f, 1}, "%s", scenario.c_str());
  }
  ImGui::End();
}

void scenarioButton(AppState& state, ImVec2 size) {
  const bool available = affectedLayer(*state.doc) >= 0;
  ImGui::BeginDisabled(!available);
  const std::string label =
      tr(state.engage.proposal ? "present.show_today" : "present.show_proposal") + "###scenario";
  if (ImGui::Button(label.c_str(), size))
    state.push([](AppState& s) { setProposal(s, !s.engage.proposal); });
  ImGui::EndDisabled();
  if (!available && ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
    ImGui::SetTooltip("%s", tr("present.no_scenario").c_str());
}

void drawBar(AppState& state, Rect bar) {
  ImGui::SetNextWindowPos({bar.x, bar.y});
  ImGui::SetNextWindowSize({bar.w, bar.h});
  ImGui::Begin("##present_bar", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                   ImGuiWindowFlags_NoSavedSettings);
  const ImVec2 button{0, bar.h - 2 * ImGui::GetStyle().WindowPadding.y};
  if (ImGui::Button((tr("present.previous") + "###prev").c_str(), button))
    state.push([](AppState& s) { stepView(s, -1); });
  ImGui::SameLine();
  const int count = int(state.doc->views.size());
  const std::string where = count == 0 ? tr("present.no_views")
                                       : trf("present.view_of", state.engage.view_index + 1, count);
  ImGui::TextUnformatted(where.c_str());
  ImGui::SameLine();
  if (ImGui::Button((tr("present.next") + "###next").c_str(), button))
    state.push([](AppState& s) { stepView(s, +1); });
  ImGui::SameLine();
  const bool spanish = geo::i18n::language() == Language::kSpanish;
  const std::string other = spanish ? tr(Language::kEnglish, "language.en")
                                    : tr(Language::kSpanish, "language.es");
  if (ImGui::Button((other + "###language").c_str(), button)) toggleLanguage();
  ImGui::SameLine();
  scenarioButton(state, button);
  ImGui::SameLine();
  bool contrast = state.engage.high_contrast;
  if (ImGui::Checkbox((tr("view.high_contrast") + "###contrast").c_str(), &contrast))
    state.push([contrast](AppState& s) { setHighContrast(s, contrast); });
  ImGui::SameLine();
  if (ImGui::Button((tr("present.exit") + "###exit").c_str(), button))
    state.push([](AppState& s) { s.engage.presenting = false; });
  ImGui::End();
}

// A click (release without a drag) on the map opens the card of what is under it.
void handleMapClick(AppState& state, Rect map) {
  const ImGuiIO& io = ImGui::GetIO();
  const ImVec2 p = io.MousePos;
  const bool over = p.x >= map.x && p.y >= map.y && p.x < map.x + map.w && p.y < map.y + map.h;
  if (!over || io.WantCaptureMouse || !ImGui::IsMouseReleased(ImGuiMouseButton_Left) ||
      io.MouseDragMaxDistanceSqr[0] >= 4.0f)
    return;
  const render::ScreenPoint point{p.x - map.x, p.y - map.y};
  state.push([point](AppState& s) { openCardAt(s, point); });
}

}  // namespace

PresentationLayout presentationLayout(float width, float height, float scale) {
  const float bar = kBarHeight * scale;
  return {.map = {0, 0, width, height - bar}, .bar = {0, height - bar, width, bar}};
}

void syncPresentationWindow(GLFWwindow* window, const AppState& state, float content_scale) {
  static WindowMemory memory;
  setFullscreen(window, state.engage.presenting, memory);

  static int applied = -1;
  const bool large = state.engage.presenting || state.presentation_scale;
  const int wanted = (large ? 1 : 0) | (state.engage.high_contrast ? 2 : 0);
  if (wanted == applied) return;
  applied = wanted;
  applyTheme(state.engage.high_contrast, content_scale * (large ? kPresentationScale : 1.0f));
}

void handleEngagementKeys(AppState& state) {
  if (ImGui::GetIO().WantTextInput) return;
  if (ImGui::IsKeyPressed(GLFW_KEY_F5)) state.engage.presenting = !state.engage.presenting;
  if (ImGui::IsKeyPressed(GLFW_KEY_F6)) toggleLanguage();
  if (ImGui::IsKeyPressed(GLFW_KEY_F7)) setHighContrast(state, !state.engage.high_contrast);
  if (!state.engage.presenting) return;
  if (ImGui::IsKeyPressed(GLFW_KEY_ESCAPE)) state.engage.presenting = false;
  for (int key : {GLFW_KEY_RIGHT, GLFW_KEY_PAGE_DOWN, GLFW_KEY_SPACE})
    if (ImGui::IsKeyPressed(key, false)) stepView(state, +1);
  for (int key : {GLFW_KEY_LEFT, GLFW_KEY_PAGE_UP})
    if (ImGui::IsKeyPressed(key, false)) stepView(state, -1);
}

void drawPresentation(AppState& state, Rect map, Rect bar) {
  drawBanner(state, map);
  drawBar(state, bar);
  handleMapClick(state, map);
}

void drawEngagementControls(AppState& state) {
  const bool spanish = geo::i18n::language() == Language::kSpanish;
  int choice = spanish ? 1 : 0;
  ImGui::TextUnformatted(tr("view.language").c_str());
  ImGui::SameLine();
  if (ImGui::RadioButton((tr(Language::kEnglish, "language.en") + "###lang_en").c_str(), &choice, 0))
    geo::i18n::setLanguage(Language::kEnglish);
  ImGui::SameLine();
  if (ImGui::RadioButton((tr(Language::kSpanish, "language.es") + "###lang_es").c_str(), &choice, 1))
    geo::i18n::setLanguage(Language::kSpanish);
  ImGui::Checkbox((tr("view.large_type") + "###large").c_str(), &state.presentation_scale);
  bool contrast = state.engage.high_contrast;
  if (ImGui::Checkbox((tr("view.high_contrast") + "###contrast").c_str(), &contrast))
    state.push([contrast](AppState& s) { setHighContrast(s, contrast); });
  if (ImGui::Button((tr("view.presentation") + "###present").c_str()))
    state.push([](AppState& s) { s.engage.presenting = true; });
}

}  // namespace app::gui
