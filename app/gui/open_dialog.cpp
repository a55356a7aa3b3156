#include <imgui.h>

#include <algorithm>
#include <array>
#include <filesystem>
#include <system_error>

#include "app/gui/panels.h"

namespace app::gui {
namespace fs = std::filesystem;

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
  ImGui::OpenPopup("Open a file");
  ImGui::SetNextWindowSize({640, 460}, ImGuiCond_Appearing);
  if (!ImGui::BeginPopupModal("Open a file")) return;

  ImGui::TextWrapped("%s", d.folder.string().c_str());
  if (ImGui::Button("Up")) listFolder(d, d.folder.parent_path());
  ImGui::SameLine();
  ImGui::SetNextItemWidth(-80);
  ImGui::InputTextWithHint("##path", "or type a path", d.typed.data(), d.typed.size());
  ImGui::SameLine();
  const bool open_typed = ImGui::Button("Open");
  if (!d.error.empty()) ImGui::TextColored({0.8f, 0.1f, 0.1f, 1}, "%s", d.error.c_str());

  std::string chosen = open_typed ? std::string(d.typed.data()) : "";
  ImGui::BeginChild("entries", {0, -ImGui::GetFrameHeightWithSpacing()}, true);
  for (const auto& e : d.entries) {
    const bool dir = e.is_directory();
    const std::string label = (dir ? "[dir] " : "") + e.path().filename().string();
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
  if (ImGui::Button("Cancel")) state.push([](AppState& s) { s.show_open_dialog = false; });
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
  ImGui::OpenPopup("Choose a coordinate system");
  if (!ImGui::BeginPopupModal("Choose a coordinate system", nullptr,
                              ImGuiWindowFlags_AlwaysAutoResize))
    return;
  ImGui::TextWrapped("%s has no coordinate reference system (no .prj or CRS in the file).",
                     state.crs_prompt->c_str());
  ImGui::TextUnformatted("Which system are its coordinates in? equimap will not guess.");
  ImGui::RadioButton("Longitude/latitude, WGS 84 (EPSG:4326)", &choice, 0);
  ImGui::RadioButton("Longitude/latitude, NAD83 (EPSG:4269)", &choice, 1);
  const std::string display = "Same as the map: " + state.doc->display_crs_name;
  ImGui::RadioButton(display.c_str(), &choice, 2);
  ImGui::RadioButton("Other (EPSG code, WKT or PROJ string):", &choice, 3);
  ImGui::SetNextItemWidth(360);
  ImGui::InputText("##custom", custom.data(), custom.size());
  const std::string crs = choice == 0   ? "EPSG:4326"
                          : choice == 1 ? "EPSG:4269"
                          : choice == 2 ? state.doc->display_crs
                                        : std::string(custom.data());
  if (ImGui::Button("Load with this CRS") && !crs.empty())
    state.push([crs](AppState& s) {
      s.open_requests.push_back({*s.crs_prompt, crs});
      s.crs_prompt.reset();
    });
  ImGui::SameLine();
  if (ImGui::Button("Cancel")) state.push([](AppState& s) { s.crs_prompt.reset(); });
  ImGui::EndPopup();
}

}  // namespace app::gui
