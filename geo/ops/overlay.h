#pragma once

// Overlay of units (e.g. census tracts) with areas (e.g. service areas): for each
// unit its area, the area of its intersection with each area it touches, and the
// area covered by the union of all areas. The input to areal apportionment
// (METHODS.md section 6).
//
// Coordinates in one projected CRS in metres. Inputs should be valid polygons
// (see makeValidPolygons); an empty unit has area 0 and no pieces. Candidate
// areas come from an STRtree; an area that contains the whole unit is detected
// with a prepared geometry and no intersection is computed. Work is split over
// up to `threads` worker threads, each with its own GEOS context; results do not
// depend on the thread count. Fails with kGeometry (GEOS's text, the unit index)
// or kCancelled when `progress` is cancelled.

#include <cstddef>
#include <utility>
#include <vector>

#include "geo/core/error.h"
#include "geo/core/geometry.h"
#include "geo/core/progress.h"

namespace geo::ops {

struct UnitOverlay {
  double unit_area_m2 = 0.0;
  double covered_area_m2 = 0.0;                        // area of unit ∩ (union of all areas)
  std::vector<std::pair<std::size_t, double>> pieces;  // (area index, intersection m2), sorted
};

struct OverlayOptions {
  unsigned threads = 2;
};

core::Result<std::vector<UnitOverlay>> overlayAreas(const std::vector<core::Geometry>& units,
                                                    const std::vector<core::Geometry>& areas,
                                                    const OverlayOptions& options = {},
                                                    core::Progress* progress = nullptr);

}  // namespace geo::ops
