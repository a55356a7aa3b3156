#pragma once

// Group counts of a project (ProjectContent::group_counts) from the ACS data
// of an analysis definition: the population and every group of the
// definition, summed per area (the units' `area_field`, e.g. the town of each
// tract), as the G_ga of service level by group (METHODS.md section 10).
// GroupCount.group is the group's name as the definition gives it;
// GroupCount.source names the definition, the ACS columns summed and how many
// units were summed (and left out for missing data).

#include <string>
#include <vector>

#include "geo/analysis/group_totals.h"
#include "geo/store/project_content.h"

namespace geo::store {

// One GroupCount per total, in the same order. `definition_name` is the
// file name shown in GroupCount.source, e.g. "libraries.json".
std::vector<GroupCount> groupCountsOf(const std::vector<analysis::AreaGroupTotal>& totals,
                                      const std::string& definition_name);

// Reads the definition at `definition_path` and computes its totals per
// `area_field` ("" = the definition's unit system field). Fails like
// analysis::groupTotalsByArea, or with kInvalidData when no area field is
// given or defined.
core::Result<std::vector<analysis::AreaGroupTotal>> groupTotalsOf(
    const std::string& definition_path,
    const std::string& area_field);

}  // namespace geo::store
