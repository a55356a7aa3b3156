#include "app/gui/view_editing.h"

#include <fmt/format.h>
#include <imgui.h>

#include <array>
#include <utility>

#include "app/gui/presentation_mode.h"
#include "geo/core/log.h"
#include "geo/i18n/catalog.h"
#include "geo/map/prepared_view.h"
#include "geo/store/project_views.h"

namespace app::gui {
namespace {

using geo::i18n::tr;
using geo::i18n::trf;

const char* languageCode() {
  return geo::i18n::languageCode(geo::i18n::language());
}

// Records the document's views as a project edit, when a project is open.
void storeViews(AppState& state) {
  auto& project = state.session.project;
  if (!project || !state.doc) return;
  if (auto ok = geo::store::putPreparedViews(*project, state.doc->views); !ok)
    state.status = ok.error().toString();
}

void clampViewIndex(AppState& state) {
  const int count = int(state.doc->views.size());
  if (state.engage.view_index >= count) state.engage.view_index = count - 1;
}

std::vector<std::pair<std::string, std::string>> titlesOf(const std::string& en,
                                                          const std::string& es) {
  std::vector<std::pair<std::string, std::string>> titles{{"en", en.empty() ? es : en}};
  if (!es.empty()) titles.emplace_back("es", es);
  return titles;
}

void viewList(AppState& state) {
  const auto& views = state.doc->views;
  if (views.empty()) ImGui::TextDisabled("%s", tr("views.none").c_str());
  for (int i = 0; i < int(views.size()); ++i) {
    ImGui::PushID(i);
    const std::string label =
        fmt::format("{}. {}", i + 1, views[std::size_t(i)].title(languageCode()));
    if (ImGui::Selectable(label.c_str(), state.engage.view_index == i))
      state.push([i](AppState& s) { applyPreparedView(s, i); });
    ImGui::PopID();
  }
}

// Earlier, later and remove act on the current view.
void currentViewButtons(AppState& state) {
  const int i = state.engage.view_index;
  if (i < 0 || i >= int(state.doc->views.size())) return;
  if (ImGui::SmallButton((tr("views.earlier") + "###view_up").c_str()))
    state.push([i](AppState& s) { moveView(s, i, -1); });
  ImGui::SameLine();
  if (ImGui::SmallButton((tr("views.later") + "###view_down").c_str()))
    state.push([i](AppState& s) { moveView(s, i, +1); });
  ImGui::SameLine();
  if (ImGui::SmallButton((tr("views.remove") + "###view_remove").c_str()))
    state.push([i](AppState& s) { removeView(s, i); });
}

void addForm(AppState& state) {
  static std::array<char, 160> title_en{}, title_es{};
  ImGui::SetNextItemWidth(-1);
  ImGui::InputTextWithHint(
      "##view_title_en", tr("views.title_en").c_str(), title_en.data(), title_en.size());
  ImGui::SetNextItemWidth(-1);
  ImGui::InputTextWithHint(
      "##view_title_es", tr("views.title_es").c_str(), title_es.data(), title_es.size());
  const bool titled = title_en[0] != '\0' || title_es[0] != '\0';
  ImGui::BeginDisabled(!titled);
  if (ImGui::Button((tr("views.add") + "###view_add").c_str())) {
    state.push([en = std::string(title_en.data()), es = std::string(title_es.data())](AppState& s) {
      addCurrentView(s, en, es);
    });
    title_en.fill('\0');
    title_es.fill('\0');
  }
  ImGui::EndDisabled();
  if (!titled && ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
    ImGui::SetTooltip("%s", tr("views.needs_title").c_str());
}

}  // namespace

void addCurrentView(AppState& state, const std::string& title_en, const std::string& title_es) {
  if (!state.doc || (title_en.empty() && title_es.empty())) return;
  auto view = geo::map::captureView(*state.doc,
                                    state.view.visibleBox(),
                                    state.active_layer,
                                    state.engage.proposal,
                                    titlesOf(title_en, title_es));
  if (!view) {
    state.status = view.error().toString();
    return;
  }
  geo::core::logInfo("present", "view added: {} ({})", view->id, view->title("en"));
  state.doc->views.push_back(std::move(*view));
  state.engage.view_index = int(state.doc->views.size()) - 1;
  storeViews(state);
  state.status = trf("views.added", state.doc->views.back().title(languageCode()));
}

void removeView(AppState& state, int index) {
  if (!state.doc || index < 0 || index >= int(state.doc->views.size())) return;
  geo::core::logInfo("present", "view removed: {}", state.doc->views[std::size_t(index)].id);
  state.doc->views.erase(state.doc->views.begin() + index);
  clampViewIndex(state);
  storeViews(state);
}

void moveView(AppState& state, int index, int delta) {
  const int other = index + delta;
  const int count = state.doc ? int(state.doc->views.size()) : 0;
  if (index < 0 || other < 0 || index >= count || other >= count) return;
  std::swap(state.doc->views[std::size_t(index)], state.doc->views[std::size_t(other)]);
  if (state.engage.view_index == index) state.engage.view_index = other;
  storeViews(state);
}

void syncViewsFromProject(AppState& state) {
  const auto& project = state.session.project;
  if (!state.doc || !project) return;
  auto views = geo::store::preparedViews(project->content(), project->path());
  if (!views) {
    state.status = views.error().toString();
    return;
  }
  state.doc->views = std::move(*views);
  clampViewIndex(state);
}

void drawViewsPanel(AppState& state) {
  if (!ImGui::CollapsingHeader((tr("views.title") + "###views").c_str())) return;
  viewList(state);
  currentViewButtons(state);
  addForm(state);
  const bool kept = state.session.project.has_value();
  ImGui::TextDisabled("%s", tr(kept ? "views.saved_with_project" : "views.session_only").c_str());
}

}  // namespace app::gui
