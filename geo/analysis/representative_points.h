#pragma once

// Representative points of units (METHODS.md section 4): the point that stands
// for a unit's population always lies inside the unit.
//
// Without sub-units: GEOS point on surface. With sub-units (finer units with
// population, e.g. block groups inside tracts, given by their own representative
// points): each sub-unit belongs to the unit that covers its point (smallest
// unit index on a shared boundary); the unit's point is the population-weighted
// centroid of its sub-units when that centroid lies inside the unit, otherwise
// (concave or multi-part unit, or no populated sub-unit) the point on surface.
// Coordinates in the analysis CRS. An empty unit gets NaN coordinates.

#include <vector>

#include "geo/core/error.h"
#include "geo/core/geometry.h"

namespace geo::analysis {

struct SubUnits {
  std::vector<core::Vec2> points;
  std::vector<double> population;
};

struct RepresentativePoints {
  std::vector<core::Vec2> points;
  std::vector<bool> weighted;  // true where the population-weighted centroid was used
};

core::Result<RepresentativePoints> representativePoints(const std::vector<core::Geometry>& units,
                                                        const SubUnits* sub_units = nullptr);

}  // namespace geo::analysis
