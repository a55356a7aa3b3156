#include <GLFW/glfw3.h>
#include <imgui.h>

#include "app/gui/project_panels.h"
#include "geo/i18n/catalog.h"

namespace app::gui {
namespace {

using geo::i18n::tr;

// "Label###id": the text follows the language, the id does not.
std::string labelled(std::string_view key, const char* id) {
  return tr(key) + "###" + id;
}

void recentMenu(AppState& state) {
  const auto& recent = state.session.recent;
  if (!ImGui::BeginMenu(labelled("menu.recent", "recent").c_str(), !recent.empty())) return;
  for (const auto& path : recent)
    if (ImGui::MenuItem(path.c_str()))
      state.push([path](AppState& s) { requestAction(s, PendingAction::kOpen, path); });
  ImGui::EndMenu();
}

void fileMenu(AppState& state) {
  if (!ImGui::BeginMenu(labelled("menu.file", "file").c_str())) return;
  const bool has_project = state.session.project.has_value();
  if (ImGui::MenuItem(labelled("menu.new", "new").c_str()))
    state.push([](AppState& s) { requestAction(s, PendingAction::kNew); });
  if (ImGui::MenuItem(labelled("menu.open", "open").c_str(), "Ctrl+O"))
    state.push([](AppState& s) { s.session.show_open = true; });
  recentMenu(state);
  ImGui::Separator();
  const bool writable = has_project && !state.session.project->readOnly();
  if (ImGui::MenuItem(labelled("menu.save", "save").c_str(), "Ctrl+S", false, writable))
    state.push([](AppState& s) { saveProject(s); });
  if (ImGui::MenuItem(labelled("menu.save_as", "save_as").c_str(), nullptr, false, has_project))
    state.push([](AppState& s) { s.session.show_save_as = true; });
  ImGui::Separator();
  if (ImGui::MenuItem(labelled("menu.export_exhibit", "exhibit").c_str(), nullptr, false,
                      state.doc != nullptr))
    state.push([](AppState& s) { s.session.show_exhibit = true; });
  ImGui::Separator();
  if (ImGui::MenuItem(labelled("menu.quit", "quit").c_str(), "Ctrl+Q"))
    state.push([](AppState& s) { requestAction(s, PendingAction::kQuit); });
  ImGui::EndMenu();
}

void editMenu(AppState& state) {
  if (!ImGui::BeginMenu(labelled("menu.edit", "edit").c_str())) return;
  const auto& project = state.session.project;
  const bool can_undo = project && project->canUndo();
  const bool can_redo = project && project->canRedo();
  const std::string undo = can_undo ? geo::i18n::trf("menu.undo_named", project->undoLabel())
                                    : tr("menu.undo");
  const std::string redo = can_redo ? geo::i18n::trf("menu.redo_named", project->redoLabel())
                                    : tr("menu.redo");
  if (ImGui::MenuItem((undo + "###undo").c_str(), "Ctrl+Z", false, can_undo))
    state.push([](AppState& s) { undoEdit(s); });
  if (ImGui::MenuItem((redo + "###redo").c_str(), "Ctrl+Y", false, can_redo))
    state.push([](AppState& s) { redoEdit(s); });
  ImGui::EndMenu();
}

void toolsMenu(AppState& state) {
  if (!ImGui::BeginMenu(labelled("menu.kpis", "kpis").c_str())) return;
  const bool has_project = state.session.project.has_value();
  if (ImGui::MenuItem(labelled("menu.kpi_panel", "kpi_panel").c_str(), nullptr,
                      state.session.show_kpi, has_project))
    state.push([](AppState& s) { s.session.show_kpi = !s.session.show_kpi; });
  if (ImGui::MenuItem(labelled("menu.ledger", "ledger").c_str(), nullptr, state.session.show_ledger,
                      has_project))
    state.push([](AppState& s) { s.session.show_ledger = !s.session.show_ledger; });
  if (!has_project) ImGui::TextDisabled("%s", tr("menu.needs_project").c_str());
  ImGui::EndMenu();
}

bool ctrlPressed(int key) {
  const ImGuiIO& io = ImGui::GetIO();
  return io.KeyCtrl && !io.WantTextInput && ImGui::IsKeyPressed(key, false);
}

void shortcuts(AppState& state) {
  if (ctrlPressed(GLFW_KEY_S)) state.push([](AppState& s) { saveProject(s); });
  if (ctrlPressed(GLFW_KEY_Z)) state.push([](AppState& s) { undoEdit(s); });
  if (ctrlPressed(GLFW_KEY_Y)) state.push([](AppState& s) { redoEdit(s); });
  if (ctrlPressed(GLFW_KEY_O)) state.push([](AppState& s) { s.session.show_open = true; });
  if (ctrlPressed(GLFW_KEY_Q))
    state.push([](AppState& s) { requestAction(s, PendingAction::kQuit); });
}

}  // namespace

void drawMainMenu(AppState& state) {
  shortcuts(state);
  if (!ImGui::BeginMainMenuBar()) return;
  fileMenu(state);
  editMenu(state);
  toolsMenu(state);
  ImGui::EndMainMenuBar();
}

void drawProjectWindows(AppState& state) {
  drawProjectDialogs(state);
  drawReadOnlyBanner(state);
  if (state.doc && state.session.show_kpi) drawKpiPanel(state);
  if (state.doc && state.session.show_ledger) drawLedgerWindow(state);
  if (state.doc && state.session.show_exhibit) drawExhibitWindow(state);
}

}  // namespace app::gui
