#pragma once

// MapDocument: a project as the viewer and the renderer see it: every layer as
// loaded (source CRS, joined attributes, computed indicators) plus its copy in
// the display CRS, the current style of each layer and the classification
// behind each choropleth. Built from a Recipe on a worker thread; afterwards
// owned and changed by one thread (the GUI's main thread) only.

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "geo/analysis/estimate.h"
#include "geo/carto/classify.h"
#include "geo/carto/color_ramp.h"
#include "geo/core/layer.h"
#include "geo/core/progress.h"
#include "geo/io/table_join.h"
#include "geo/map/feature_index.h"
#include "geo/map/recipe.h"

namespace geo::map {

// The numbers a choropleth shows: one value per row (nullopt = no data), with
// the ACS estimate behind it when the source is an indicator.
struct ThematicValues {
  std::string label;  // "Share below poverty", or the field name
  bool is_share = false;
  std::vector<std::optional<double>> values;
  std::vector<analysis::Estimate> estimates;  // empty for plain fields
};

struct LegendEntry {
  carto::Rgba color;
  std::string label;
  std::size_t count = 0;
  bool no_data = false;
  double symbol_size_px = 0.0;  // graduated symbols: the class's diameter; 0 = not sized
};

struct MapLayer {
  LayerSpec spec;  // id, title, source and the current style
  core::Layer data;     // source CRS, joined attributes
  core::Layer display;  // same rows, geometries in the display CRS
  FeatureIndex index;   // over `display`
  std::optional<io::JoinReport> join;
  std::map<std::string, std::vector<analysis::Estimate>> indicators;  // by indicator id
  std::optional<ThematicValues> thematic;            // set when the style is a choropleth
  std::optional<carto::Classification> classification;

  // Colour of every feature under the current style (no-data grey for missing).
  std::vector<carto::Rgba> featureColors() const;
  // Graduated symbols (StyleType::kGraduated): the diameter of every feature's
  // symbol in logical pixels, by class (carto::graduatedSizes between the
  // style's min_point_size_px and point_size_px; no data gets the smallest).
  // Empty for every other style: all symbols have style.point_size_px.
  std::vector<double> featureSizesPx() const;
  std::vector<LegendEntry> legend() const;
  // Text of the hover tooltip for a row: value ± MOE and reliability.
  std::string describeValue(std::size_t row) const;
  // Title of the thematic value in the current catalog language: the
  // translated indicator name, or the field name. Empty without a choropleth.
  std::string thematicLabel() const;
};

// Name of an indicator in the current language: catalog key
// "indicator.<id>", else the indicator's English name, else the id itself.
std::string indicatorLabel(const std::string& indicator_id);

struct MapDocument {
  std::string name;
  std::string recipe_path;
  std::string display_crs;  // PROJ string of the display CRS, e.g. "EPSG:26918"
  std::string display_crs_name;
  double display_metres_per_unit = 1.0;
  std::vector<MapLayer> layers;  // bottom first
  core::Box home;                // initial view extent, display CRS
  std::vector<std::string> warnings;  // load and join messages for the user
  std::vector<PreparedView> views;    // presentation slides, from the recipe

  core::Box extent() const;
  int findLayer(std::string_view id) const;  // -1 when absent
};

// Loads every layer of the recipe, joins, computes indicators, reprojects and
// classifies. Fails on the first layer that cannot be loaded, naming it.
core::Result<MapDocument> openRecipe(const Recipe& recipe, core::Progress* progress = nullptr);

// Builds a document from layers whose `spec` and `data` are already loaded
// (for example from a project file): computes the built-in indicators of
// layers with spec.builtin_indicators (when not computed yet), then those of
// layers with spec.indicators_from by areal apportionment (a failure there is
// a warning in MapDocument::warnings, not an error), reprojects to
// `display_crs` ("auto" = a projected CRS chosen for the data), applies each
// layer's style and sets the home extent from `view`. Fails like openRecipe.
core::Result<MapDocument> assembleDocument(std::string name,
                                           std::vector<MapLayer> layers,
                                           const std::string& display_crs,
                                           const ViewSpec& view);

// Loads one more file (drag and drop, File > Open) into `display_crs`; the
// layer gets a default style for its geometry kind. A source without a CRS
// fails with ErrorCode::kCrs unless the user chose `assumed_crs` for it.
core::Result<MapLayer> openLayerFile(const std::string& path,
                                     const std::string& display_crs,
                                     const std::string& assumed_crs = {},
                                     core::Progress* progress = nullptr);

// True for the error openLayerFile gives for a source without a CRS: the
// caller must ask the user which CRS the coordinates are in.
bool needsCrsChoice(const core::Error& error);

// The display-CRS extent a ViewSpec names: the matching rows of its layer,
// the whole layer without a filter, or the document extent when nothing matches.
core::Box viewExtent(const MapDocument& doc, const ViewSpec& view);

// The display-CRS extent of a prepared view: its longitude/latitude box when
// it has one, else viewExtent(doc, view.zoom); the document extent when the
// box cannot be transformed. Boxes are carried between the two CRSs by the
// middles of their edges (west to east and south to north through the
// centre), so lonLatExtent and back gives the same box to a few metres even
// though the UTM grid is turned about 1.5° against the meridians in Hartford;
// a box's corners may fall just outside the view.
core::Box preparedViewExtent(const MapDocument& doc, const PreparedView& view);

// A display-CRS box as a longitude/latitude box (EPSG:4326), e.g. to store
// the current map extent in a prepared view. nullopt when the box is empty or
// cannot be transformed.
std::optional<core::Box> lonLatExtent(const MapDocument& doc, const core::Box& display_box);

// Reprojects a document to another display CRS (keeps styles).
core::Result<void> setDisplayCrs(MapDocument& doc, const std::string& crs);

// The style a newly added layer gets for its geometry kind.
StyleSpec defaultStyle(core::GeometryKind kind);

// Recomputes the thematic values and classification after a style change.
core::Result<void> applyStyle(MapLayer& layer, const StyleSpec& style);

// Numeric fields and computed indicators a choropleth can show: (id, label).
std::vector<std::pair<std::string, std::string>> thematicChoices(const MapLayer& layer);

}  // namespace geo::map
