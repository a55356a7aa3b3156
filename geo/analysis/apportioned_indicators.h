#pragma once

// Census indicators of a polygon layer that has no ACS table of its own (for
// example Hartford's neighborhoods), estimated from a layer that has one (the
// tracts) by areal apportionment (METHODS.md sections 3 and 6):
//
// - For every built-in indicator (geo/analysis/indicator.h) whose columns the
//   source table has, the counts behind it are formed per source unit: the
//   numerator (sum of its variables, ACS sum rule) and, for a share, the
//   denominator.
// - Each count is apportioned with area weights w_ia = area(U_i ∩ A_a) /
//   area(U_i) computed in a projected analysis CRS in metres (the UTM zone of
//   the target layer, as analyses choose it), with MOE w·M per piece, summed
//   with the ACS sum rule (geo/analysis/apportion.h).
// - A share is the proportion of its apportioned numerator and denominator
//   (the numerator is a subset of the denominator), never an average of the
//   units' shares.
//
// A target area gets a missing estimate for an indicator when a source unit
// with no value for one of its counts covers more than kMissingWeight of its
// own area inside the target (a hole in the sum would look like a real
// number); slivers below that weight are left out. Invalid polygons are
// repaired as apportion() does.
//
// Fails with kCrs when either layer has no CRS or cannot be reprojected, and
// with kGeometry when the overlay fails. Pure function, thread safe.

#include <map>
#include <string>
#include <vector>

#include "geo/analysis/estimate.h"
#include "geo/core/error.h"
#include "geo/core/layer.h"

namespace geo::analysis {

inline constexpr double kMissingWeight = 0.01;

struct AreaIndicators {
  std::string analysis_crs;  // e.g. "EPSG:26918"
  // By indicator id, one estimate per target row: shares as fractions,
  // counts (total_population) as apportioned counts.
  std::map<std::string, std::vector<Estimate>> indicators;
};

core::Result<AreaIndicators> apportionIndicators(const core::Layer& source,
                                                 const core::Layer& target);

}  // namespace geo::analysis
