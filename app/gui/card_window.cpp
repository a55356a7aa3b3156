// Neighborhood cards: which card a click opens, the card window with its
// distances (from an equity analysis on the map) and the other areas at the
// same place.

#include <fmt/format.h>
#include <imgui.h>

#include "app/gui/panels.h"
#include "app/gui/presentation_mode.h"
#include "app/gui/wrapped_text.h"
#include "geo/core/log.h"
#include "geo/i18n/catalog.h"
#include "geo/map/card_access.h"
#include "geo/map/neighborhood_card.h"

namespace app::gui {
namespace {

using geo::i18n::tr;
using geo::map::MapLayer;

constexpr double kPickRadiusPx = 3.0;

std::optional<std::uint32_t> rowAt(const AppState& state, int layer, render::MapPoint p) {
  const MapLayer& l = state.doc->layers[std::size_t(layer)];
  return l.index.pick(l.display, p, kPickRadiusPx * state.view.unitsPerPixel());
}

// The topmost visible layer with census estimates under `p` (Hartford's
// neighborhoods when their layer is shown, else the tracts); when none is
// there, as when an equity map hid the tracts, the topmost layer with its own
// ACS estimates.
std::optional<CardTarget> cardTargetAt(const AppState& state, render::MapPoint p) {
  const int count = int(state.doc->layers.size());
  for (bool visible_only : {true, false})
    for (int i = count - 1; i >= 0; --i) {
      const MapLayer& layer = state.doc->layers[std::size_t(i)];
      if (layer.indicators.empty()) continue;
      if (visible_only ? !layer.spec.visible : !layer.spec.builtin_indicators) continue;
      if (auto row = rowAt(state, i, p)) return CardTarget{i, *row, p};
    }
  return std::nullopt;
}

int equityUnitsIndex(const geo::map::MapDocument& doc) {
  for (std::size_t i = 0; i < doc.layers.size(); ++i)
    if (geo::map::isEquityUnitsLayer(doc.layers[i])) return int(i);
  return -1;
}

bool accessIsCurrent(const AppState& state, const CardTarget& target, int units) {
  const auto& cache = state.engage.card_access;
  return cache && cache->layer_id == state.doc->layers[std::size_t(target.layer)].spec.id &&
         cache->row == target.row && cache->units_layer == units &&
         cache->equity_serial == state.engage.equity_serial;
}

// Command: the distances of the open card (a few GEOS intersections, once).
void computeAccess(AppState& state) {
  if (!state.doc || !state.engage.card) return;
  const CardTarget target = *state.engage.card;
  const int units = equityUnitsIndex(*state.doc);
  const MapLayer& layer = state.doc->layers[std::size_t(target.layer)];
  CardAccessCache cache{layer.spec.id, target.row, units, state.engage.equity_serial, {}};
  if (units >= 0) {
    auto access = geo::map::cardAccessFor(state.doc->layers[std::size_t(units)], layer, target.row);
    if (access)
      cache.access = *access;
    else
      geo::core::logWarning("card", "no distances for the card: {}", access.error().toString());
  }
  state.engage.card_access = std::move(cache);
}

geo::map::CardAccess accessFor(AppState& state, const CardTarget& target) {
  if (accessIsCurrent(state, target, equityUnitsIndex(*state.doc)))
    return state.engage.card_access->access;
  state.push(computeAccess);
  return {};
}

// Buttons for the other areas with estimates at the card's point.
void drawAlsoHere(AppState& state, const CardTarget& target) {
  if (!target.point) return;
  bool first = true;
  for (int i = 0; i < int(state.doc->layers.size()); ++i) {
    const MapLayer& layer = state.doc->layers[std::size_t(i)];
    if (i == target.layer || layer.indicators.empty()) continue;
    const auto row = rowAt(state, i, *target.point);
    if (!row) continue;
    if (first) ImGui::TextDisabled("%s", tr("card.also_here").c_str());
    first = false;
    const std::string label = fmt::format("{}###also_{}", featureName(layer, *row), i);
    if (ImGui::SmallButton(label.c_str()))
      state.push([next = CardTarget{i, *row, target.point}](AppState& s) { s.engage.card = next; });
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", layer.spec.title.c_str());
  }
}

}  // namespace

bool openCardAt(AppState& state, render::ScreenPoint point) {
  if (!state.doc) return false;
  const auto target = cardTargetAt(state, state.view.toMap(point));
  state.engage.card = target;
  if (!target) return false;
  const auto& layer = state.doc->layers[std::size_t(target->layer)];
  geo::core::logInfo("card",
                     "card opened: {} ({}, row {})",
                     featureName(layer, target->row),
                     layer.spec.id,
                     target->row);
  return true;
}

void drawCardButton(AppState& state, int layer, std::uint32_t row) {
  if (state.doc->layers[std::size_t(layer)].indicators.empty()) return;
  ImGui::SameLine();
  if (ImGui::SmallButton((tr("identify.card") + "###card_button").c_str()))
    state.push([layer, row](AppState& s) {
      s.engage.card = CardTarget{layer, row, s.identify_point};
    });
}

void drawCardWindow(AppState& state) {
  if (!state.engage.card || !state.doc) return;
  const CardTarget target = *state.engage.card;
  if (target.layer < 0 || target.layer >= int(state.doc->layers.size())) return;
  const auto& layer = state.doc->layers[std::size_t(target.layer)];
  if (target.row >= layer.data.size()) return;

  const auto input = geo::map::cardInputFor(
      layer, target.row, featureName(layer, target.row), accessFor(state, target));
  const auto card = geo::map::neighborhoodCard(input, geo::i18n::language());
  const ImVec2 display = ImGui::GetIO().DisplaySize;
  // Below the presentation banner, at the right; as tall as its text (lines
  // appear when distances arrive), up to most of the screen.
  const float width = display.x * 0.36f;
  ImGui::SetNextWindowPos({display.x - 24, display.y * 0.1f}, ImGuiCond_Appearing, {1.0f, 0.0f});
  ImGui::SetNextWindowSizeConstraints({width, 0}, {width, display.y * 0.85f});
  ImGui::SetNextWindowSize({width, 0}, ImGuiCond_Always);
  bool open = true;
  const std::string title = tr("card.title") + ": " + card.title + "###card";
  if (ImGui::Begin(title.c_str(), &open, ImGuiWindowFlags_NoSavedSettings)) {
    for (const auto& line : card.lines) {
      drawWrappedText(line);
      ImGui::Spacing();
    }
    drawAlsoHere(state, target);
    if (ImGui::Button((tr("card.close") + "###close").c_str())) open = false;
  }
  ImGui::End();
  if (!open) state.push([](AppState& s) { s.engage.card.reset(); });
}

}  // namespace app::gui
