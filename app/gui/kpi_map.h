#pragma once

// Showing a KPI on the map for one period (geo/store/kpi_map.h): a facility
// KPI as graduated symbols on the point layer whose features are its
// facilities, an area KPI as a choropleth of the polygon layer whose features
// are its areas, with breaks locked across all periods so moving the time
// slider keeps each value's colour or size. The layer is shown while the KPI
// is on it and gets its own style and visibility back afterwards.
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
