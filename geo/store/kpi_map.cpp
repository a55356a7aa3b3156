#include "geo/store/kpi_map.h"

#include <map>

namespace geo::store {

core::Result<carto::Classification> lockedKpiClasses(const std::string& kpi_id,
                                                     const std::vector<KpiValue>& values,
                                                     carto::ClassMethod method,
                                                     int classes) {
  std::vector<std::optional<double>> all;
  for (const auto& v : values)
    if (v.kpi_id == kpi_id) all.push_back(v.value);
  if (all.empty())
    return core::fail(core::Error{.code = core::ErrorCode::kNotFound,
                                  .message = "the KPI has no values to classify",
                                  .field = kpi_id,
                                  .hint = "import KPI values first (equimap kpi import)"});
  return carto::classify(all, method, classes);
}

std::vector<std::optional<double>> kpiValuesForRows(const std::vector<KpiValue>& values,
                                                    const std::string& kpi_id,
                                                    const std::string& period_utc,
                                                    const std::vector<std::string>& row_units) {
  std::map<std::string, double> by_unit;
  for (const auto& v : values)
    if (v.kpi_id == kpi_id && v.period_utc == period_utc) by_unit[v.unit_id] = v.value;
  std::vector<std::optional<double>> out;
  out.reserve(row_units.size());
  for (const auto& unit : row_units) {
    auto it = by_unit.find(unit);
    out.push_back(it == by_unit.end() ? std::nullopt : std::optional<double>(it->second));
  }
  return out;
}

}  // namespace geo::store
