#pragma once

// A KPI on the map, period by period, with breaks locked across periods: the
// classification is computed ONCE over every value of the KPI (all periods,
// all units) and then re-applied to each period's values, so the same value
// keeps its class (colour, or symbol size) whichever period the time slider
// shows.
//
// Facility KPIs are drawn as graduated point symbols on the point layer whose
// features are the KPI's facilities (carto/symbol_size.h: 5 classes from
// kKpiSymbolMinPx to kKpiSymbolMaxPx); service-area and town KPIs as a
// choropleth of the polygon layer whose features are the KPI's areas.
// Whole-service KPIs have no place on the map. Pure functions; thread safe.

#include <optional>
#include <string>
#include <vector>

#include "geo/carto/classify.h"
#include "geo/core/error.h"
#include "geo/map/map_document.h"
#include "geo/store/kpi.h"

namespace geo::store {

inline constexpr int kKpiClasses = 5;
inline constexpr double kKpiSymbolMinPx = 6.0;
inline constexpr double kKpiSymbolMaxPx = 30.0;

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

// The map layer that shows a KPI and the unit of each of its rows.
struct KpiLayerMatch {
  int layer = -1;  // index into MapDocument::layers; -1 = no layer matches
  std::string field;
  std::vector<std::string> row_units;  // text of `field` per row
};

// Among the layers of the KPI's geometry (points for facility KPIs, polygons
// for the others), the layer and text field that name the most distinct units
// of the KPI; ties go to the layer with fewer rows per unit (the towns rather
// than the tracts that carry a town field), then to the lower layer. No match
// for whole-service KPIs or when no field names any unit.
KpiLayerMatch matchKpiLayer(const map::MapDocument& doc,
                            const KpiDefinition& kpi,
                            const std::vector<KpiValue>& values);

// The style a KPI is drawn with, on top of the layer's own `base` style:
// graduated symbols (facility KPIs) or a choropleth (area KPIs), green when
// higher is better, purple when lower is better.
map::StyleSpec kpiStyle(const KpiDefinition& kpi, const map::StyleSpec& base);

// Restyles `layer` to show `kpi` in `period_utc` with the `locked` classes:
// thematic values per row (nullopt where the row's unit has no value) and the
// locked classification re-applied to them. Fails as carto::reapply.
core::Result<void> showKpiOnLayer(map::MapLayer& layer,
                                  const KpiDefinition& kpi,
                                  const carto::Classification& locked,
                                  const std::vector<KpiValue>& values,
                                  const std::string& period_utc,
                                  const std::vector<std::string>& row_units);

}  // namespace geo::store
