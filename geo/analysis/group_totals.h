#pragma once

// Group totals per area: the people (or households) of the population and of
// each group of an analysis definition, summed over the definition's units
// (after its filter and ACS join) that share a value of `area_field`, e.g.
// the tracts of each town. These are the G_ga of service level by group
// (METHODS.md section 10) when a KPI is kept per town.
//
// Counts are the group's numerator columns (for a share indicator; its
// universe is not counted), a count indicator's columns, or the group's
// "columns"; the population row uses the definition's population indicator.
// Units whose count is missing are left out of the sum and counted in
// `missing_units`, never read as zero. The MOE of a sum follows
// analysis::sum (root sum of squares). Reads files (through GDAL); fails with
// the Error of the load, join or indicator that failed, or kNotFound naming
// `area_field` when the units lack it. Thread safe (no shared state).

#include <cstddef>
#include <string>
#include <vector>

#include "geo/analysis/analysis_definition.h"
#include "geo/analysis/estimate.h"
#include "geo/core/error.h"

namespace geo::analysis {

struct AreaGroupTotal {
  std::string area;        // the units' text in area_field, e.g. "Hartford"
  std::string group_id;    // the population indicator id, or a GroupSpec id
  std::string group_name;  // shown to people, e.g. "Hispanic or Latino"
  std::vector<std::string> columns;  // ACS variables summed, e.g. {"B03002_012"}
  Estimate count;                    // sum over the area's units
  std::size_t units = 0;             // units summed
  std::size_t missing_units = 0;     // units of the area whose count is missing
};

// Rows ordered by area (first appearance among the units), then population
// first and the groups in definition order.
core::Result<std::vector<AreaGroupTotal>> groupTotalsByArea(const AnalysisDefinition& definition,
                                                            const std::string& area_field);

}  // namespace geo::analysis
