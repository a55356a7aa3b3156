#pragma once

// The viewer's panels. Each reads AppState and records what the user did as
// Commands; none changes the state while drawing.

#include "app/gui/app_state.h"
#include "app/gui/map_overlays.h"

namespace app::gui {

void drawSidebar(AppState& state, Rect area);          // layers, style, display CRS
void drawLayersPanel(AppState& state);
void drawStylePanel(AppState& state);
void drawViewPanel(AppState& state);
void drawAttributeTable(AppState& state, Rect area);
void drawIdentifyWindow(AppState& state);
void drawHoverTooltip(const AppState& state);
void drawStatusBar(const AppState& state, Rect area);
void drawOpenDialog(AppState& state);
void drawCrsPrompt(AppState& state);  // asks for the CRS of a source that has none
void drawEngagementControls(AppState& state);  // language, contrast, presentation (View panel)
void drawCardButton(AppState& state, int layer, std::uint32_t row);  // in the identify window

// A short name for a row: "Census tract 5038 (Hartford)" for census tracts
// (a TRACTCE field), else the first of NAME/name/town/GEOID... that is set.
std::string featureName(const geo::map::MapLayer& layer, std::size_t row);

}  // namespace app::gui
