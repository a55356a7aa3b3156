#pragma once

// The KPI report of a project (for `equimap kpi report` and the KPI panel):
// definitions, every value with its status against target, the latest status
// per KPI and unit, and the service level by group for every KPI and period
// whose units have group counts in the project (GroupCount.area_id = unit id).
// Pure functions; thread safe.

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

#include "geo/store/project_content.h"
#include "geo/store/service_level.h"

namespace geo::store {

struct GroupLevelRow {
  std::string kpi_id;
  std::string period_utc;
  std::string period_label;
  GroupServiceLevel level;
};

// Service level by group for every KPI with values at town or service-area
// level and every period, when group counts match its units.
std::vector<GroupLevelRow> serviceLevelTable(const ProjectContent& content);

nlohmann::json kpiReportJson(const ProjectContent& content);
// CSV, one line per KPI value:
// kpi_id,kpi_name,unit,level,unit_id,period_label,period_utc,value,target,status
// followed by a blank line and the service-level table:
// kpi_id,period_label,period_utc,group,service_level,people,people_without_value
std::string kpiReportCsv(const ProjectContent& content);

}  // namespace geo::store
