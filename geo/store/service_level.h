#pragma once

// Service level experienced by a group (METHODS.md section 10):
//   L_g = sum_a G_ga * k_a / sum_a G_ga
// over the areas a (service areas, towns) where the KPI k has a value. Areas
// without a KPI value are left out of both sums and their people are counted
// in people_without_value, so a missing value never reads as zero. A group
// with no people in areas with a value gets no level (nullopt), never NaN.
// Pure functions; thread safe.

#include <optional>
#include <string>
#include <vector>

#include "geo/store/project_content.h"

namespace geo::store {

struct AreaLevel {
  std::string area_id;
  std::optional<double> kpi_value;  // k_a
};

struct GroupServiceLevel {
  std::string group;
  std::optional<double> level;        // L_g
  double people = 0.0;                // sum_a G_ga over areas with a value
  double people_without_value = 0.0;  // in areas without a KPI value
};

// One row per group, in order of first appearance in `counts`. Counts of areas
// absent from `areas` are treated like areas without a value.
std::vector<GroupServiceLevel> serviceLevelByGroup(const std::vector<AreaLevel>& areas,
                                                   const std::vector<GroupCount>& counts);

// The KPI values of one KPI and period as AreaLevels (one per unit).
std::vector<AreaLevel> areaLevelsFor(const std::vector<KpiValue>& values,
                                     const std::string& kpi_id,
                                     const std::string& period_utc);

}  // namespace geo::store
