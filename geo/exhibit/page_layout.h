#pragma once

// PageLayout: where each element of an exhibit goes on the page. The title
// block runs across the top and the source note across the bottom; between
// them the map frame takes the larger part and a panel holds the legend, the
// optional equity summary and the optional locator inset: on the right of a
// landscape page, under the map on a portrait one. The scale bar and north
// arrow sit inside the map frame (bottom left, top right).
//
// All boxes are page points, y down, inside the margins. Pure apart from the
// PROJ look-ups of the scale bar and north arrow; a CRS failure there leaves
// the element out and adds a line to `warnings` rather than failing.

#include <optional>
#include <string>
#include <vector>

#include "geo/exhibit/exhibit_content.h"
#include "geo/exhibit/legend_layout.h"
#include "geo/exhibit/map_frame.h"
#include "geo/exhibit/summary_layout.h"

namespace geo::exhibit {

struct PageLayout {
  core::Box content;  // the page inside its margins
  core::Box title_box;
  core::Box map_box;
  core::Box legend_area;  // the legend's own bounds are legend.bounds
  core::Box summary_box;  // the area given to the summary; empty when there is none
  core::Box inset_box;    // empty when there is no inset
  core::Box note_box;
  double title_pt = 18.0;
  double subtitle_pt = 11.0;
  double note_pt = 6.5;
  std::vector<std::string> note_lines;  // wrapped source note
  MapFrame frame;
  LegendLayout legend;
  SummaryLayout summary;  // its box lies inside summary_box unless it overflows (warned)
  std::optional<ScaleBar> scale_bar;
  std::optional<double> north_angle;  // radians clockwise from page up
  std::vector<std::string> warnings;
};

PageLayout layoutPage(const ExhibitContent& content,
                      const map::MapDocument& doc,
                      const ExhibitTemplate& exhibit,
                      const TextMeasure& measure);

}  // namespace geo::exhibit
