#pragma once

// Map layers of an equity analysis result (issue 3, GUI part): the units of one
// service line with their access before and after the scenario, and the
// line's facilities marked open, closed or proposed.
//
// Units layer fields: id (text, the unit id), baseline_m, scenario_m, change_m (real,
// metres; null where the unit has no usable facility), affected (text:
// "worse", "better" or "unchanged", the Impact status of the unit) and
// affected_code (1 better, 2 unchanged, 3 worse, for styling) and population
// (the unit's total population estimate; null when missing or not given).
// Facilities layer fields: id, name, status ("open", "closed", "proposed")
// and status_code (1 open, 2 closed, 3 proposed).
// Limitation: a relocated facility is shown only at its new place.
//
// Both layers keep the analysis CRS in `data` and are reprojected into the
// display CRS in `display`; they fail with the reprojection Error (kCrs) when
// the display CRS is unknown. Styles for the map modes use locked breaks:
// baseline and scenario access share one set of bounds computed on both
// together, so a colour means the same distance in both; the change layer
// uses bounds symmetric around 0 on a diverging (never red/green) ramp.
// Texts (layer titles, legend headings and class labels) are in `language`,
// by default the catalog's current one. Pure functions, thread safe.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "geo/analysis/analysis_run.h"
#include "geo/core/error.h"
#include "geo/i18n/catalog.h"
#include "geo/map/map_document.h"

namespace geo::map {

// Ids of the two layers in a document.
inline constexpr const char* kEquityUnitsLayerId = "equity_units";
inline constexpr const char* kEquityFacilitiesLayerId = "equity_facilities";

enum class EquityMapMode { kBaselineAccess, kScenarioAccess, kChange, kAffected };

const char* equityMapModeName(EquityMapMode mode);  // "baseline", "scenario", "change", "affected"
// The mode named by equityMapModeName (or "access" = baseline); nullopt otherwise.
std::optional<EquityMapMode> equityMapModeFromName(std::string_view name);

struct LockedBreaks {
  double lower_bound = 0.0;
  std::vector<double> breaks;  // upper bounds, strictly increasing; empty = no data at all
};

// Natural breaks (up to `classes`) of baseline and scenario distances pooled;
// infinite distances are left out.
LockedBreaks accessBreaks(const analysis::ServiceLineResult& line, int classes = 5);
// `classes` (odd, >= 3) equal classes over [-m, m], m = the largest finite
// |change| (1 m when nothing changes), so 0 lies in the middle class.
LockedBreaks changeBreaks(const analysis::Impact& impact, int classes = 5);

// The units layer of result.lines[line] (id kEquityUnitsLayerId).
core::Result<MapLayer> equityUnitsLayer(const analysis::AnalysisResult& result,
                                        std::size_t line,
                                        const std::string& display_crs,
                                        i18n::Language language = i18n::language());
// The facilities layer of result.lines[line] (id kEquityFacilitiesLayerId).
core::Result<MapLayer> equityFacilitiesLayer(const analysis::AnalysisResult& result,
                                             std::size_t line,
                                             const std::string& display_crs,
                                             i18n::Language language = i18n::language());
// The same layer as it is today: the baseline facilities at their baseline
// places, all open (nothing closed or proposed yet).
core::Result<MapLayer> baselineFacilitiesLayer(const analysis::AnalysisResult& result,
                                               std::size_t line,
                                               const std::string& display_crs,
                                               i18n::Language language = i18n::language());

// The style of the units layer for a map mode (choropleth with locked breaks).
StyleSpec equityUnitsStyle(const analysis::ServiceLineResult& line,
                           EquityMapMode mode,
                           i18n::Language language = i18n::language());
// The style of the facilities layer (points coloured by status).
StyleSpec equityFacilitiesStyle(i18n::Language language = i18n::language());

}  // namespace geo::map
