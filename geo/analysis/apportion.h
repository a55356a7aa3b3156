#pragma once

// Areal apportionment of unit counts into service areas (METHODS.md section 6).
//
// Weight w_ia = area(U_i ∩ A_a) / area(U_i) in the analysis CRS (metres). The
// count apportioned to area a is sum_i w_ia * G_i with the MOE of each term
// w * M (scaled) combined by the ACS sum rule. The part of each unit outside
// every area goes to "outside", and "served" counts each person once even where
// areas overlap (it uses the union of the areas), so for every column
//   served + outside = input total   (within floating-point rounding),
// and, for non-overlapping areas, sum over areas = served.
//
// Input hygiene: invalid unit and area polygons are repaired with GEOS MakeValid
// and listed; duplicate units (same id, or identical geometry) are reported and
// only the first is counted. A missing estimate is left out of the sums and the
// unit is listed per column. A unit with zero area (empty geometry) cannot be
// apportioned: its counts go to "outside" and it is listed.
//
// Fails with kGeometry (GEOS overlay failure) or kCancelled.

#include <cstddef>
#include <string>
#include <vector>

#include "geo/analysis/estimate.h"
#include "geo/core/error.h"
#include "geo/core/geometry.h"
#include "geo/core/progress.h"

namespace geo::analysis {

struct ApportionInput {
  std::vector<std::string> unit_ids;
  std::vector<core::Geometry> units;           // polygons, analysis CRS
  std::vector<std::string> column_names;       // e.g. "total_population", "hispanic"
  std::vector<std::vector<Estimate>> columns;  // columns[c][unit]
  std::vector<std::string> area_ids;
  std::vector<core::Geometry> areas;  // service areas, analysis CRS
};

// One row per (unit, area) piece and one per unit part outside every area.
struct AuditRow {
  std::size_t unit = 0;
  std::ptrdiff_t area = -1;  // -1 = outside every area
  double unit_area_m2 = 0.0;
  double piece_area_m2 = 0.0;
  double weight = 0.0;
  std::vector<double> moved;  // per column: weight * estimate (0 for missing)
};

struct Apportionment {
  std::vector<std::vector<Estimate>> by_area;  // by_area[c][area]
  std::vector<Estimate> served;                // per column, people counted once
  std::vector<Estimate> outside;               // per column
  std::vector<Estimate> input_total;           // per column, duplicates counted once
  std::vector<AuditRow> audit;
  std::vector<std::size_t> repaired_units;
  std::vector<std::size_t> repaired_areas;
  std::vector<std::size_t> duplicate_units;  // later copies, not counted
  std::vector<std::size_t> zero_area_units;
  std::vector<std::vector<std::size_t>> missing_units;  // per column
};

struct ApportionOptions {
  unsigned threads = 2;
  bool audit = true;
};

core::Result<Apportionment> apportion(const ApportionInput& input,
                                      const ApportionOptions& options = {},
                                      core::Progress* progress = nullptr);

// Indices of units that repeat an earlier unit's id or exact geometry.
std::vector<std::size_t> duplicateUnits(const std::vector<std::string>& ids,
                                        const std::vector<core::Geometry>& units);

}  // namespace geo::analysis
