#include <imgui.h>

#include <algorithm>
#include <array>
#include <filesystem>
#include <system_error>

#include "app/gui/panels.h"
#include "geo/i18n/catalog.h"

namespace app::gui {
namespace fs = std::filesystem;
using geo::i18n::tr;
using geo::i18n::trf;

namespace {

struct DialogState {
  fs::path folder;
  std::vector<fs::directory_entry> entries;
  std::string error;
  std::array<char, 1024> typed{};
};

void listFolder(DialogState& d, const fs::path& folder) {
  std::error_code ec;
  std::vector<fs::directory_entry> entries;
  for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec))
    if (it->path().filename().string()[0] != '.') entries.push_back(*it);
  if (ec) {
    d.error = folder.string() + ": " + ec.message();
    return;
  }
  std::sort(entries.begin(), entries.end(), [](const auto& a, const auto& b) {
    if (a.is_directory() != b.is_directory()) return a.is_directory();
    return a.path().filename() < b.path().filename();
  });
  d.folder = folder;
  d.entries = std::move(entries);
  d.error.clear();
}

}  // namespace

void drawOpenDialog(AppState& state) {
  static DialogState d;
  if (!state.show_open_dialog) return;
  if (d.folder.empty()) listFolder(d, fs::current_path());
  const std::string title = tr("open.title") + "###open_file";
  ImGui::OpenPopup(title.c_str());
  ImGui::SetNextWindowSize({640, 460}, ImGuiCond_Appearing);
  if (!ImGui::BeginPopupModal(title.c_str())) return;

  ImGui::TextWrapped("%s", d.folder.string().c_str());
  if (ImGui::Button((tr("open.up") + "###up").c_str())) listFolder(d, d.folder.parent_path());
  ImGui::SameLine();
  ImGui::SetNextItemWidth(-80);
  ImGui::InputTextWithHint("##path", tr("open.hint").c_str(), d.typed.data(), d.typed.size());
  ImGui::SameLine();
  const bool open_typed = ImGui::Button((tr("open.open") + "###open").c_str());
  if (!d.error.empty()) ImGui::TextColored({0.8f, 0.1f, 0.1f, 1}, "%s", d.error.c_str());

  std::string chosen = open_typed ? std::string(d.typed.data()) : "";
  ImGui::BeginChild("##entries", {0, -ImGui::GetFrameHeightWithSpacing()}, true);
  for (const auto& e : d.entries) {
    const bool dir = e.is_directory();
    const std::string name = e.path().filename().string();
    const std::string label = dir ? trf("open.dir", name) : name;
    if (ImGui::Selectable(label.c_str(), false, ImGuiSelectableFlags_AllowDoubleClick) &&
        (ImGui::IsMouseDoubleClicked(0) || dir)) {
      if (dir) {
        listFolder(d, e.path());
        break;
      }
      chosen = e.path().string();
    }
  }
  ImGui::EndChild();
  if (ImGui::Button((tr("common.cancel") + "###cancel").c_str()))
    state.push([](AppState& s) { s.show_open_dialog = false; });
  if (!chosen.empty())
    state.push([chosen](AppState& s) {
      s.open_requests.push_back({chosen, {}});
      s.show_open_dialog = false;
    });
  ImGui::EndPopup();
}

}  // namespace app::gui

namespace app::gui {

void drawCrsPrompt(AppState& state) {
  if (!state.crs_prompt) return;
  static std::array<char, 256> custom{};
  static int choice = 0;
  const std::string title = tr("crs.title") + "###crs_prompt";
  ImGui::OpenPopup(title.c_str());
  if (!ImGui::BeginPopupModal(title.c_str(), nullptr, ImGuiWindowFlags_AlwaysAutoResize)) return;
  ImGui::TextWrapped("%s", trf("crs.missing", *state.crs_prompt).c_str());
  ImGui::TextUnformatted(tr("crs.question").c_str());
  ImGui::RadioButton((tr("crs.wgs84") + "###wgs84").c_str(), &choice, 0);
  ImGui::RadioButton((tr("crs.nad83") + "###nad83").c_str(), &choice, 1);
  const std::string display = trf("crs.same", state.doc->display_crs_name) + "###same";
  ImGui::RadioButton(display.c_str(), &choice, 2);
  ImGui::RadioButton((tr("crs.other") + "###other").c_str(), &choice, 3);
  ImGui::SetNextItemWidth(360);
  ImGui::InputText("##custom", custom.data(), custom.size());
  const std::string crs = choice == 0   ? "EPSG:4326"
                          : choice == 1 ? "EPSG:4269"
                          : choice == 2 ? state.doc->display_crs
                                        : std::string(custom.data());
  if (ImGui::Button((tr("crs.load") + "###load").c_str()) && !crs.empty())
    state.push([crs](AppState& s) {
      s.open_requests.push_back({*s.crs_prompt, crs});
      s.crs_prompt.reset();
    });
  ImGui::SameLine();
  if (ImGui::Button((tr("common.cancel") + "###cancel").c_str()))
    state.push([](AppState& s) { s.crs_prompt.reset(); });
  ImGui::EndPopup();
}

}  // namespace app::gui
