#include <GLFW/glfw3.h>
#include <imgui.h>

#include <array>
#include <filesystem>

#include "app/gui/project_panels.h"
#include "geo/i18n/catalog.h"

namespace app::gui {
namespace {

using geo::i18n::tr;
using geo::i18n::trf;
using PathBuffer = std::array<char, 1024>;

void setBuffer(PathBuffer& buffer, const std::string& text) {
  buffer.fill(0);
  text.copy(buffer.data(), buffer.size() - 1);
}

// A small centred window; returns false when it is not drawn.
bool beginDialog(std::string_view title_key, const char* id) {
  ImGui::SetNextWindowPos(ImGui::GetMainViewport()->GetCenter(), ImGuiCond_Appearing,
                          {0.5f, 0.5f});
  const std::string title = tr(title_key) + "###" + id;
  const bool open = ImGui::Begin(title.c_str(), nullptr,
                                 ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoCollapse |
                                     ImGuiWindowFlags_NoSavedSettings);
  // A question takes the keyboard when it appears, so Enter and Escape answer it.
  if (ImGui::IsWindowAppearing()) ImGui::SetWindowFocus();
  return open;
}

bool button(std::string_view key, const char* id) {
  return ImGui::Button((tr(key) + "###" + id).c_str());
}

// Enter (the default answer) or Escape answers the question on screen,
// unless the user is typing into a text field.
bool keyAnswers(int key) {
  return !ImGui::GetIO().WantTextInput && ImGui::IsKeyPressed(key, false);
}

bool defaultButton(std::string_view key, const char* id) {
  const bool clicked = button(key, id);
  return clicked || keyAnswers(GLFW_KEY_ENTER) || keyAnswers(GLFW_KEY_KP_ENTER);
}

bool cancelButton(std::string_view key, const char* id) {
  const bool clicked = button(key, id);
  return clicked || keyAnswers(GLFW_KEY_ESCAPE);
}

std::string projectPathFor(const std::string& recipe) {
  return std::filesystem::path(recipe).replace_extension(".equimap").string();
}

void newDialog(AppState& state) {
  static PathBuffer project{}, recipe{};
  if (ImGui::IsWindowAppearing() || recipe[0] == 0) {
    const std::string current = state.doc ? state.doc->recipe_path : std::string();
    if (recipe[0] == 0 && !current.empty()) setBuffer(recipe, current);
  }
  if (beginDialog("project.new_title", "new_project")) {
    ImGui::TextUnformatted(tr("project.new_help").c_str());
    ImGui::InputText((tr("project.path") + "###path").c_str(), project.data(), project.size());
    ImGui::InputText((tr("project.recipe") + "###recipe").c_str(), recipe.data(), recipe.size());
    if (button("project.create", "create") && project[0] && recipe[0]) {
      const std::string p(project.data()), r(recipe.data());
      state.push([p, r](AppState& s) {
        s.session.show_new = false;
        importRecipeAsProject(s, r, p);
      });
    }
    ImGui::SameLine();
    if (button("dialog.cancel", "cancel"))
      state.push([](AppState& s) { s.session.show_new = false; });
  }
  ImGui::End();
}

void openDialog(AppState& state) {
  static PathBuffer path{}, project{};
  if (beginDialog("project.open_title", "open_project")) {
    ImGui::TextUnformatted(tr("project.open_help").c_str());
    ImGui::InputText((tr("project.file") + "###file").c_str(), path.data(), path.size());
    const std::string file(path.data());
    const bool recipe = std::filesystem::path(file).extension() == ".json";
    if (button(recipe ? "project.open_recipe" : "project.open", "open") && !file.empty())
      state.push([file](AppState& s) {
        s.session.show_open = false;
        requestAction(s, PendingAction::kOpen, file);
      });
    if (recipe) {
      if (project[0] == 0) setBuffer(project, projectPathFor(file));
      ImGui::Separator();
      ImGui::InputText((tr("project.path") + "###import_path").c_str(), project.data(),
                       project.size());
      if (button("project.import_recipe", "import")) {
        const std::string p(project.data());
        state.push([file, p](AppState& s) {
          s.session.show_open = false;
          importRecipeAsProject(s, file, p);
        });
      }
    }
    if (button("dialog.cancel", "cancel"))
      state.push([](AppState& s) { s.session.show_open = false; });
  }
  ImGui::End();
}

void saveAsDialog(AppState& state) {
  static PathBuffer path{};
  if (path[0] == 0 && state.session.project) setBuffer(path, state.session.project->path());
  if (beginDialog("project.save_as_title", "save_as")) {
    ImGui::InputText((tr("project.path") + "###path").c_str(), path.data(), path.size());
    if (button("menu.save", "save")) {
      const std::string p(path.data());
      state.push([p](AppState& s) {
        s.session.show_save_as = false;
        saveProjectAs(s, p);
      });
    }
    ImGui::SameLine();
    if (button("dialog.cancel", "cancel"))
      state.push([](AppState& s) { s.session.show_save_as = false; });
  }
  ImGui::End();
}

void unsavedDialog(AppState& state) {
  if (beginDialog("project.unsaved_title", "unsaved")) {
    ImGui::TextUnformatted(trf("project.unsaved_text", state.session.project->path()).c_str());
    if (defaultButton("project.save_first", "save")) {
      state.push([](AppState& s) {
        saveProject(s);
        if (!unsavedChanges(s.session)) runAction(s, s.session.confirm, s.session.confirm_path);
      });
    }
    ImGui::SameLine();
    if (button("project.discard", "discard"))
      state.push([](AppState& s) { runAction(s, s.session.confirm, s.session.confirm_path); });
    ImGui::SameLine();
    if (cancelButton("dialog.cancel", "cancel"))
      state.push([](AppState& s) { s.session.confirm = PendingAction::kNone; });
  }
  ImGui::End();
}

void recoveryDialog(AppState& state) {
  const auto& offer = *state.session.recovery_offer;
  const auto info = geo::store::findRecovery(offer.path());
  if (beginDialog("project.recovery_title", "recovery")) {
    ImGui::TextUnformatted(
        trf("project.recovery_text", offer.path(), info ? info->written_utc : "").c_str());
    if (defaultButton("project.recover", "recover")) {
      state.push([](AppState& s) { answerRecovery(s, true); });
    }
    ImGui::SameLine();
    if (button("project.open_saved", "saved"))
      state.push([](AppState& s) { answerRecovery(s, false); });
  }
  ImGui::End();
}

void errorDialog(AppState& state) {
  if (beginDialog("project.error_title", "project_error")) {
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 36);
    ImGui::TextUnformatted(state.session.error.c_str());
    ImGui::PopTextWrapPos();
    if (button("dialog.ok", "ok")) state.push([](AppState& s) { s.session.error.clear(); });
  }
  ImGui::End();
}

}  // namespace

void drawProjectDialogs(AppState& state) {
  const auto& session = state.session;
  if (session.show_new) newDialog(state);
  if (session.show_open) openDialog(state);
  if (session.show_save_as && session.project) saveAsDialog(state);
  if (session.confirm != PendingAction::kNone && session.project) unsavedDialog(state);
  if (session.recovery_offer) recoveryDialog(state);
  if (!session.error.empty()) errorDialog(state);
}

void drawReadOnlyBanner(const AppState& state) {
  if (!state.session.project || !state.session.project->readOnly()) return;
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos({viewport->Size.x * 0.5f, ImGui::GetFrameHeight() * 1.5f},
                          ImGuiCond_Always, {0.5f, 0.0f});
  ImGui::SetNextWindowBgAlpha(0.95f);
  ImGui::PushStyleColor(ImGuiCol_WindowBg, IM_COL32(255, 236, 179, 255));
  ImGui::Begin("##read_only_banner", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize |
                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoFocusOnAppearing);
  ImGui::TextUnformatted(
      geo::i18n::trf("project.read_only", state.session.project->readOnlyReason()).c_str());
  ImGui::End();
  ImGui::PopStyleColor();
}

}  // namespace app::gui
