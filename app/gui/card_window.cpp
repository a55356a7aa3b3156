#include <imgui.h>

#include "app/gui/panels.h"
#include "app/gui/presentation_mode.h"
#include "geo/core/log.h"
#include "geo/i18n/catalog.h"
#include "geo/map/neighborhood_card.h"

namespace app::gui {

using geo::i18n::tr;

bool openCardAt(AppState& state, render::ScreenPoint point) {
  if (!state.doc) return false;
  const render::MapPoint p = state.view.toMap(point);
  const double tolerance = 3 * state.view.unitsPerPixel();
  for (int i = int(state.doc->layers.size()) - 1; i >= 0; --i) {
    const auto& layer = state.doc->layers[std::size_t(i)];
    if (!layer.spec.visible || layer.indicators.empty()) continue;
    auto row = layer.index.pick(layer.display, p, tolerance);
    if (!row) continue;
    state.engage.card = CardTarget{i, *row};
    geo::core::logInfo("card", "card opened: {} ({}, row {})", featureName(layer, *row),
                       layer.spec.id, *row);
    return true;
  }
  state.engage.card.reset();
  return false;
}

void drawCardButton(AppState& state, int layer, std::uint32_t row) {
  if (state.doc->layers[std::size_t(layer)].indicators.empty()) return;
  ImGui::SameLine();
  if (ImGui::SmallButton((tr("identify.card") + "###card_button").c_str()))
    state.push([layer, row](AppState& s) { s.engage.card = CardTarget{layer, row}; });
}

void drawCardWindow(AppState& state) {
  if (!state.engage.card || !state.doc) return;
  const auto [li, row] = *state.engage.card;
  if (li < 0 || li >= int(state.doc->layers.size())) return;
  const auto& layer = state.doc->layers[std::size_t(li)];
  if (row >= layer.data.size()) return;

  const auto input = geo::map::cardInputFor(layer, row, featureName(layer, row));
  const auto card = geo::map::neighborhoodCard(input, geo::i18n::language());
  const ImVec2 display = ImGui::GetIO().DisplaySize;
  ImGui::SetNextWindowPos({display.x - 24, 24}, ImGuiCond_Appearing, {1.0f, 0.0f});
  ImGui::SetNextWindowSize({display.x * 0.36f, 0}, ImGuiCond_Appearing);
  bool open = true;
  const std::string title = tr("card.title") + ": " + card.title + "###card";
  if (ImGui::Begin(title.c_str(), &open, ImGuiWindowFlags_NoSavedSettings)) {
    for (const auto& line : card.lines) {
      ImGui::TextWrapped("%s", line.c_str());
      ImGui::Spacing();
    }
    if (ImGui::Button((tr("card.close") + "###close").c_str())) open = false;
  }
  ImGui::End();
  if (!open) state.push([](AppState& s) { s.engage.card.reset(); });
}

}  // namespace app::gui
