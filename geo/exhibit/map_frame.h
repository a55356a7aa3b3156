#pragma once

// The map frame of an exhibit: which part of the display CRS it shows and how
// display coordinates map to page points; plus the two map furniture
// calculations that need the CRS: the scale bar and the north arrow.
//
// Page coordinates are points with y down; display coordinates are the
// document's display CRS (projected, y up). Pure functions except that
// scaleBar and northAngle create a PROJ transformer (thread safe, each call
// has its own).

#include <string>

#include "geo/core/error.h"
#include "geo/core/geometry.h"
#include "geo/exhibit/exhibit_template.h"

namespace geo::exhibit {

struct MapFrame {
  core::Box page_box;  // the frame on the page, points
  core::Box extent;    // what it shows, display CRS; same aspect as page_box
  double points_per_unit = 1.0;

  core::Vec2 toPage(core::Vec2 map) const {
    return {page_box.min_x + (map.x - extent.min_x) * points_per_unit,
            page_box.max_y - (map.y - extent.min_y) * points_per_unit};
  }
};

// Fits `extent` into `page_box`, centred, widening the extent along one axis so
// that it has the frame's aspect (the map is never distorted or cut).
// An empty extent gives a unit box around the origin.
MapFrame fitFrame(const core::Box& extent, const core::Box& page_box);

struct ScaleBar {
  double length_pt = 0.0;     // length of the whole bar on the page
  double length_units = 0.0;  // the same in `unit` (a round number: 1, 2 or 5 x 10^k)
  std::string unit;           // "m", "km", "ft", "mi"
  int segments = 2;
};

// Ground metres per display-CRS unit along the x axis at `centre`, measured on
// the GRS 1980 ellipsoid. Fails with ErrorCode::kCrs when PROJ cannot map the
// point to longitude/latitude.
core::Result<double> groundMetresPerUnit(const std::string& display_crs, core::Vec2 centre);

// A scale bar of a round length no longer than `max_length_pt`, true at the
// frame's centre. Imperial uses miles, or feet when less than one mile fits.
core::Result<ScaleBar> scaleBar(const std::string& display_crs,
                                const MapFrame& frame,
                                ScaleUnits units,
                                double max_length_pt);

// Angle of true north at `centre` measured clockwise from "up" in the display
// CRS, radians (negative = north leans left). Found by projecting a point a
// little north of the centre.
core::Result<double> northAngle(const std::string& display_crs, core::Vec2 centre);

}  // namespace geo::exhibit
