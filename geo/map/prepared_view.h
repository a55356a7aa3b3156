#pragma once

// Reading and writing prepared views (geo/map/recipe.h PreparedView) as JSON:
// the optional "views" array of a recipe, and the named document a project
// stores them in. Never throws; a bad view gives a kParse Error naming the
// file and the JSON field (e.g. "/views/2/zoom/layer").
//
// A view: { "id": "poverty", "title": { "en": "...", "es": "..." } (or one
// string), "zoom": { "layer": "towns", "filter": {...} } or
// "extent": [west, south, east, north] (degrees, EPSG:4326), "visible": [layer
// ids], "style": { "layer": "tracts", "indicator": "poverty_share" },
// "scenario": "today" | "proposal" }. Only "id" is required.

#include <string>
#include <vector>

#include "geo/core/error.h"
#include "geo/map/recipe.h"

namespace geo::map {

// `json_text` is a JSON array of views; `file` is used in error messages.
core::Result<std::vector<PreparedView>> parsePreparedViews(const std::string& json_text,
                                                           const std::string& file);

// The same array as JSON text; parsePreparedViews(toJson(v)) gives v back.
std::string preparedViewsToJson(const std::vector<PreparedView>& views);

struct MapDocument;

// What the map shows now, as a new prepared view: `display_box` (display CRS)
// as its longitude/latitude extent, the ids of the visible layers, the
// indicator of the choropleth of layer `active_layer` (or, when that layer
// shows none, of the topmost visible layer that does) and the scenario. The
// id is "view-<n>", the first such id not in doc.views. `titles` as in
// PreparedView ("en" first). Fails with kCrs when the box cannot be
// transformed to longitude/latitude.
core::Result<PreparedView> captureView(const MapDocument& doc,
                                       const core::Box& display_box,
                                       int active_layer,
                                       bool proposal,
                                       std::vector<std::pair<std::string, std::string>> titles);

}  // namespace geo::map
