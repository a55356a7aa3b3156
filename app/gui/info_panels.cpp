#include <imgui.h>

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "app/gui/panels.h"
#include "geo/i18n/catalog.h"

namespace app::gui {

namespace {

// "5038" or "5031.01" from a six-digit census tract code (TRACTCE).
std::string tractNumber(const std::string& code) {
  if (code.size() != 6) return code;
  const std::size_t first = std::min(code.find_first_not_of('0'), std::size_t(3));
  const std::string base = code.substr(first, 4 - first);
  return code.ends_with("00") ? base : base + "." + code.substr(4);
}

// "Census tract 5038 (Hartford)" for a layer of census tracts, else "".
std::string tractName(const geo::core::FeatureTable& table, std::size_t row) {
  const auto code = table.fieldIndex("TRACTCE");
  if (!code || table.text(row, *code).empty()) return {};
  const std::string number = tractNumber(table.text(row, *code));
  const auto town = table.fieldIndex("town");
  if (!town || table.text(row, *town).empty()) return geo::i18n::trf("identify.tract", number);
  return geo::i18n::trf("identify.tract_in", number, table.text(row, *town));
}

}  // namespace

std::string featureName(const geo::map::MapLayer& layer, std::size_t row) {
  const auto& table = layer.data.table;
  if (std::string tract = tractName(table, row); !tract.empty()) return tract;
  for (const char* field : {"NAME", "name", "Name", "NAMELSAD", "town", "facility_id", "GEOID_COG",
                            "GEOID", "id"}) {
    if (auto i = table.fieldIndex(field)) {
      std::string text = table.text(row, *i);
      if (!text.empty()) return text;
    }
  }
  return geo::i18n::trf("identify.feature", row);
}

void drawHoverTooltip(const AppState& state) {
  if (!state.hover || !state.doc) return;
  const auto& layer = state.doc->layers[std::size_t(state.hover->layer)];
  ImGui::BeginTooltip();
  ImGui::TextUnformatted(featureName(layer, state.hover->row).c_str());
  ImGui::TextDisabled("%s", layer.spec.title.c_str());
  const std::string value = layer.describeValue(state.hover->row);
  if (!value.empty()) ImGui::TextUnformatted(value.c_str());
  ImGui::EndTooltip();
}

void drawIdentifyWindow(AppState& state) {
  if (!state.identify || !state.doc) return;
  const auto [li, row] = *state.identify;
  if (li < 0 || li >= int(state.doc->layers.size())) return;
  const auto& layer = state.doc->layers[std::size_t(li)];
  if (row >= layer.data.table.rowCount()) return;

  bool open = true;
  ImGui::SetNextWindowSize({360, 420}, ImGuiCond_FirstUseEver);
  const std::string title = geo::i18n::trf("identify.title", featureName(layer, row)) + "###identify";
  if (ImGui::Begin(title.c_str(), &open)) {
    ImGui::TextDisabled("%s", geo::i18n::trf("identify.row", layer.spec.title, row).c_str());
    drawCardButton(state, li, row);
    const std::string value = layer.describeValue(row);
    if (!value.empty()) ImGui::TextWrapped("%s", value.c_str());
    if (ImGui::BeginTable("##attributes", 2, ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY |
                                               ImGuiTableFlags_Resizable)) {
      ImGui::TableSetupColumn(geo::i18n::tr("identify.field").c_str());
      ImGui::TableSetupColumn(geo::i18n::tr("identify.value").c_str());
      ImGui::TableHeadersRow();
      const auto& table = layer.data.table;
      for (std::size_t c = 0; c < table.fieldCount(); ++c) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(table.fields()[c].name.c_str());
        ImGui::TableNextColumn();
        const std::string text = table.text(row, c);
        ImGui::TextUnformatted(text.empty() ? geo::i18n::tr("identify.no_data").c_str() : text.c_str());
      }
      ImGui::EndTable();
    }
  }
  ImGui::End();
  if (!open) state.push([](AppState& s) { s.identify.reset(); });
}

void drawStatusBar(const AppState& state, Rect area) {
  ImGui::SetNextWindowPos({area.x, area.y});
  ImGui::SetNextWindowSize({area.w, area.h});
  ImGui::Begin("##status", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus);
  if (state.cursor_lonlat) {
    const auto [lon, lat] = *state.cursor_lonlat;
    ImGui::TextUnformatted(geo::i18n::trf("status.lonlat", std::abs(lat),
                                          geo::i18n::tr(lat < 0 ? "status.south" : "status.north"),
                                          std::abs(lon),
                                          geo::i18n::tr(lon < 0 ? "status.west" : "status.east"))
                               .c_str());
    ImGui::SameLine();
  }
  if (state.cursor_map && state.doc) {
    ImGui::Text("| %.1f, %.1f", state.cursor_map->x, state.cursor_map->y);
    ImGui::SameLine();
  }
  if (state.doc) {
    // Nominal scale for a 96 dpi screen: metres on the ground per metre on screen.
    const double metres_per_px = state.view.unitsPerPixel() * state.doc->display_metres_per_unit;
    ImGui::Text("| 1:%s | %s", fmt::format("{:.0f}", metres_per_px * 96 / 0.0254).c_str(),
                state.doc->display_crs_name.c_str());
    ImGui::SameLine();
  }
  ImGui::TextUnformatted(("| " + state.status).c_str());
  ImGui::End();
}

}  // namespace app::gui
