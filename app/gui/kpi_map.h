#pragma once

// Showing a KPI on the map for one period: the polygon layer whose features
// are the KPI's units (towns matched by NAME, name or town) becomes a
// choropleth of the KPI's values with breaks locked across all periods
// (geo/store/kpi_map.h), so moving the time slider keeps each value's colour.
// Called from Commands only.

#include <string>

#include "app/gui/app_state.h"

namespace app::gui {

// Restyles the map for `period_utc` of the session's KPI; sets state.status
// when no layer matches the KPI's units or the KPI has no values.
void showKpiOnMap(AppState& state, const std::string& period_utc);
// Gives the restyled layer its own style back.
void hideKpiOnMap(AppState& state);

}  // namespace app::gui
