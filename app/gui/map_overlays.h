#pragma once

// What is drawn on top of the map, on screen and in `equimap render` alike:
// the legend, the scale bar and the map title. ImGui only; reads the document.

#include <imgui.h>

#include "app/render/map_view.h"
#include "geo/map/map_document.h"

namespace app::gui {

// A rectangle in logical pixels (ImGui screen space).
struct Rect {
  float x = 0, y = 0, w = 0, h = 0;
};

// Legend window anchored to the bottom-right corner of `map`: every visible
// layer with its classes (colour, range, count) and the "No data (n)" entry.
void drawLegend(const geo::map::MapDocument& doc, Rect map);

// A scale bar with round lengths in the bottom-left corner of `map`, correct at
// the map centre for the display CRS (its unit converted to metres).
void drawScaleBar(const geo::map::MapDocument& doc, const render::MapView& view, Rect map);

// The document name as a title in the top-left corner of `map`.
void drawTitle(const geo::map::MapDocument& doc, Rect map);

// A round length (1, 2 or 5 times a power of ten) not longer than `max_metres`,
// and its label ("500 m", "2 km").
std::pair<double, std::string> roundScaleLength(double max_metres);

}  // namespace app::gui
