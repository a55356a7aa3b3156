#pragma once

// Mouse and keyboard handling of the map area: pan by dragging, zoom at the
// cursor, hover for the tooltip, click to identify and select, shortcuts.

#include "app/gui/app_state.h"
#include "app/gui/map_overlays.h"

namespace app::gui {

// Call once a frame after the panels; ignores input ImGui wants for itself.
void handleMapInput(AppState& state, Rect map);

// The topmost visible layer's feature at `p` (display CRS), if any.
std::optional<Hover> pickAt(const AppState& state, render::MapPoint p);

}  // namespace app::gui
