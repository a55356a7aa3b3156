#pragma once

// ExhibitContent: the words and symbols an exhibit prints, gathered from a
// MapDocument and an ExhibitTemplate before anything is laid out: title,
// subtitle, legend items (every class with its range and count, and the
// no-data entry; classed point layers, e.g. facilities by status, show their
// classes as point symbols and list no data only when a point lacks a
// value), source-note lines (sources, CRS, the PROJ transformation
// used), the date and the extent the map frame must show.
//
// Legend items use the same colours, classes, symbol sizes and outline
// widths as the screen: screen pixels become page points at 72/96 (0.75 pt per
// pixel, the CSS reference pixel), so a 10 px symbol prints 7.5 pt wide.
// Only visible layers appear. Fails with ErrorCode::kNotFound when the
// template names a frame layer the document lacks.

#include <string>
#include <vector>

#include "geo/core/error.h"
#include "geo/exhibit/exhibit_template.h"
#include "geo/exhibit/legend_layout.h"
#include "geo/map/map_document.h"

namespace geo::exhibit {

inline constexpr double kPointsPerScreenPixel = 72.0 / 96.0;

struct ExhibitContent {
  std::string title;
  std::string subtitle;
  std::vector<LegendItem> legend;
  std::vector<std::string> source_lines;  // unwrapped paragraphs
  core::Box extent;                       // display CRS, before fitting to the frame
};

core::Result<ExhibitContent> gatherContent(const map::MapDocument& doc,
                                           const ExhibitTemplate& exhibit);

// Index of the first visible choropleth layer, or -1.
int mainChoropleth(const map::MapDocument& doc);

// The colour of point symbol rings: the layer's outline, or the viewer's
// default dark grey when it has none.
carto::Rgba pointRingColor(const map::StyleSpec& style);

}  // namespace geo::exhibit
