#pragma once

// A KPI on the map, period by period, with breaks locked across periods: the
// classification is computed ONCE over every value of the KPI (all periods,
// all units) and then re-applied to each period's values, so the same value
// keeps its class (and colour) whichever period the time slider shows.
// Pure functions; thread safe.

#include <optional>
#include <string>
#include <vector>

#include "geo/carto/classify.h"
#include "geo/core/error.h"
#include "geo/store/kpi.h"

namespace geo::store {

// Classes over every value of `kpi_id`. Fails with kNotFound when the KPI has
// no values; otherwise as carto::classify (fewer classes for few distinct values).
core::Result<carto::Classification> lockedKpiClasses(const std::string& kpi_id,
                                                     const std::vector<KpiValue>& values,
                                                     carto::ClassMethod method,
                                                     int classes);

// The value of `kpi_id` in `period_utc` for each map row, where row r belongs
// to unit `row_units[r]` (e.g. the town NAME of each town polygon). Rows whose
// unit has no value in that period get nullopt (no data), never zero.
std::vector<std::optional<double>> kpiValuesForRows(const std::vector<KpiValue>& values,
                                                    const std::string& kpi_id,
                                                    const std::string& period_utc,
                                                    const std::vector<std::string>& row_units);

}  // namespace geo::store
