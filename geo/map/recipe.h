#pragma once

// Recipe: the small JSON file that describes a map project: which layers to
// load, how to join ACS tables to them, which indicators to compute and how to
// style each layer. Paths inside a recipe are relative to the recipe file.
//
// Example (see data/hartford.recipe.json for the bundled one):
//   { "name": "...", "display_crs": "auto",
//     "layers": [ { "id": "tracts", "source": "census/tracts_2020.geojson",
//                   "join": { "table": "census/acs.csv", "key": "GEOID_COG" },
//                   "indicators": "builtin",
//                   "style": { "type": "choropleth", "indicator": "poverty_share",
//                              "method": "natural_breaks", "classes": 5 } } ],
//     "view": { "layer": "towns", "field": "NAME", "values": ["Hartford"] },
//     "views": [ { "id": "poverty", "title": { "en": "Poverty", "es": "Pobreza" },
//                  "zoom": { "layer": "towns" }, "visible": ["tracts", "towns"],
//                  "style": { "layer": "tracts", "indicator": "poverty_share" },
//                  "scenario": "today" } ],
//     "analyses": [ "analyses/libraries.json" ] }
// "analyses" names equity analysis definitions (geo/analysis/
// analysis_definition.h) that belong to the map, e.g. for the scenario series
// of `equimap export`; they are only named here, not read.
//
// Parsing never throws: a bad recipe gives an Error naming the file and the
// JSON field that is wrong.

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "geo/core/error.h"
#include "geo/core/geometry.h"

namespace geo::map {

struct JoinSpec {
  std::string table;      // path of the table (CSV or any GDAL table), absolute after parsing
  std::string key;        // key field in the layer
  std::string table_key;  // key field in the table (defaults to `key`)
};

struct FilterSpec {
  std::string field;
  std::vector<std::string> values;  // a row is kept when its text value is one of these
};

// kGraduated: point symbols sized by class (graduated symbols) of a numeric
// field or indicator, classified like a choropleth; see carto/symbol_size.h.
enum class StyleType { kFill, kChoropleth, kOutline, kPoint, kGraduated };

struct StyleSpec {
  StyleType type = StyleType::kFill;
  std::string field;      // choropleth: a numeric field ...
  std::string indicator;  // ... or an indicator id (takes precedence)
  std::string method = "natural_breaks";  // quantile | equal_interval | natural_breaks | ...
  int classes = 5;
  std::string ramp = "ylorrd";  // a ramp id of geo/carto/color_ramp.h
  std::string fill = "#cccccc";     // fill colour (kFill) and point fill (kPoint)
  std::string outline = "#ffffff";  // outline colour; "" for none
  double outline_width_px = 0.5;
  double point_size_px = 8.0;      // kPoint; kGraduated: the largest class
  double min_point_size_px = 6.0;  // kGraduated: the smallest class
  double opacity = 1.0;
  // Locked (manual) breaks: when `breaks` is set, a choropleth classifies with
  // these bounds (carto::applyBreaks) instead of `method`, so two layers can
  // share one colour scale. Not read from recipes.
  double lower_bound = 0.0;
  std::vector<double> breaks;
  // Legend text per class replacing the numeric ranges (same size as `breaks`
  // to be used; e.g. "worse", "unchanged", "better" for coded values).
  std::vector<std::string> class_labels;
  // Colour per class (hex) replacing the ramp when there is one for every
  // class: categories such as a facility's status, which no ramp order fits.
  std::vector<std::string> class_colors;
  // Legend heading for the values shown; empty = the indicator name or field name.
  std::string value_label;

  friend bool operator==(const StyleSpec&, const StyleSpec&) = default;
};

struct LayerSpec {
  std::string id;
  std::string title;   // shown in the layer list and legend; defaults to id
  std::string source;  // absolute path after parsing
  std::string layer;   // layer name within the source; empty = first
  std::string crs;     // CRS to assume when the source has none (explicit user choice)
  std::optional<FilterSpec> filter;
  std::optional<JoinSpec> join;
  bool builtin_indicators = false;
  // Id of a layer with built-in indicators whose estimates are apportioned
  // to this layer's polygons by area (recipe: "indicators": { "apportion_from":
  // "tracts" }); empty = none. See geo/analysis/apportioned_indicators.h.
  std::string indicators_from;
  bool visible = true;
  StyleSpec style;
};

struct ViewSpec {
  std::string layer;  // zoom to this layer (all of it, or the rows matching the filter)
  std::optional<FilterSpec> filter;
};

// A prepared view for presentation mode, stepped through like slides:
// where to zoom, which layers to show, which indicator the choropleth shows
// and whether the proposal scenario is on. Parsed by geo/map/prepared_view.h.
// Where to zoom is either a fixed box in longitude/latitude (EPSG:4326; views
// the user adds from the current map) or the rows of a layer (`zoom`).
struct PreparedView {
  std::string id;
  std::vector<std::pair<std::string, std::string>> titles;  // (language code, text); "en" first
  ViewSpec zoom;
  std::optional<core::Box> extent_lonlat;  // takes precedence over `zoom` when set
  std::vector<std::string> visible;  // ids of the layers shown; empty = leave as they are
  std::string style_layer;           // layer whose choropleth changes; empty = none
  std::string indicator;             // indicator id for style_layer
  bool proposal = false;             // scenario: false = today

  // The title in `language_code`, else English, else the id.
  const std::string& title(std::string_view language_code) const;
};

struct Recipe {
  std::string path;  // the recipe file itself
  std::string name;
  std::string display_crs = "auto";  // "auto" = chosen for the data, else any PROJ CRS string
  std::vector<LayerSpec> layers;
  ViewSpec view;
  std::vector<PreparedView> views;  // optional "views" array
  std::vector<std::string> analyses;  // optional "analyses": definition files, absolute paths
};

// Reads and validates a recipe file.
core::Result<Recipe> readRecipe(const std::string& path);
// Parses recipe text; `path` is used for messages and to resolve relative paths.
core::Result<Recipe> parseRecipe(const std::string& text, const std::string& path);

const char* styleTypeName(StyleType type);
// The style type named like styleTypeName, or nullopt.
std::optional<StyleType> parseStyleType(std::string_view name);
// True for the styles that classify values (kChoropleth, kGraduated).
bool isThematic(StyleType type);

}  // namespace geo::map
