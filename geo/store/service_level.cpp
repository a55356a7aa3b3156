#include "geo/store/service_level.h"

#include <map>

namespace geo::store {

std::vector<GroupServiceLevel> serviceLevelByGroup(const std::vector<AreaLevel>& areas,
                                                   const std::vector<GroupCount>& counts) {
  std::map<std::string, double> level_of;
  for (const auto& a : areas)
    if (a.kpi_value) level_of[a.area_id] = *a.kpi_value;

  std::vector<GroupServiceLevel> rows;
  std::map<std::string, std::size_t> row_of;
  std::vector<double> weighted;
  for (const auto& c : counts) {
    auto [it, added] = row_of.emplace(c.group, rows.size());
    if (added) {
      rows.push_back({.group = c.group});
      weighted.push_back(0.0);
    }
    auto& row = rows[it->second];
    const auto k = level_of.find(c.area_id);
    if (k == level_of.end()) {
      row.people_without_value += c.count;
      continue;
    }
    row.people += c.count;
    weighted[it->second] += c.count * k->second;
  }
  for (std::size_t i = 0; i < rows.size(); ++i)
    if (rows[i].people > 0.0) rows[i].level = weighted[i] / rows[i].people;
  return rows;
}

std::vector<AreaLevel> areaLevelsFor(const std::vector<KpiValue>& values,
                                     const std::string& kpi_id,
                                     const std::string& period_utc) {
  std::vector<AreaLevel> areas;
  for (const auto& v : values)
    if (v.kpi_id == kpi_id && v.period_utc == period_utc) areas.push_back({v.unit_id, v.value});
  return areas;
}

}  // namespace geo::store
