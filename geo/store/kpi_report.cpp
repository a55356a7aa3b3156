#include "geo/store/kpi_report.h"

#include <fmt/format.h>

#include <set>

#include "geo/io/csv_field.h"
#include "geo/store/store_json.h"

namespace geo::store {
namespace {

using io::csvField;

using nlohmann::json;

std::string number(std::optional<double> v) {
  return v ? fmt::format("{}", *v) : "";
}

json optionalJson(std::optional<double> v) {
  return v ? json(*v) : json(nullptr);
}

}  // namespace

std::vector<GroupLevelRow> serviceLevelTable(const ProjectContent& content) {
  std::vector<GroupLevelRow> rows;
  if (content.group_counts.empty()) return rows;
  std::set<std::string> areas;
  for (const auto& g : content.group_counts) areas.insert(g.area_id);

  for (const auto& kpi : content.kpis) {
    if (kpi.level != KpiLevel::kTown && kpi.level != KpiLevel::kServiceArea) continue;
    for (const auto& [utc, label] : kpiPeriods(kpi.id, content.kpi_values)) {
      auto levels = areaLevelsFor(content.kpi_values, kpi.id, utc);
      const bool any =
          std::ranges::any_of(levels, [&](auto& a) { return areas.contains(a.area_id); });
      if (!any) continue;
      for (auto& level : serviceLevelByGroup(levels, content.group_counts))
        rows.push_back({kpi.id, utc, label, std::move(level)});
    }
  }
  return rows;
}

json kpiReportJson(const ProjectContent& content) {
  json out = {{"project", content.name}};
  out["kpis"] = json::array();
  for (const auto& k : content.kpis) out["kpis"].push_back(toJson(k));

  out["values"] = json::array();
  for (const auto& v : content.kpi_values) {
    const KpiDefinition* kpi = content.findKpi(v.kpi_id);
    out["values"].push_back(
        {{"kpi_id", v.kpi_id},
         {"unit_id", v.unit_id},
         {"period_label", v.period_label},
         {"period_utc", v.period_utc},
         {"value", v.value},
         {"status", kpi ? kpiStatusName(kpiStatus(*kpi, v.value)) : "no_target"}});
  }
  out["latest_status"] = json::array();
  for (const auto& s : kpiStatusList(content.kpis, content.kpi_values))
    out["latest_status"].push_back({{"kpi_id", s.kpi_id},
                                    {"unit_id", s.unit_id},
                                    {"period_label", s.period_label},
                                    {"value", optionalJson(s.value)},
                                    {"status", kpiStatusName(s.status)}});
  out["service_level_by_group"] = json::array();
  for (const auto& r : serviceLevelTable(content))
    out["service_level_by_group"].push_back(
        {{"kpi_id", r.kpi_id},
         {"period_label", r.period_label},
         {"period_utc", r.period_utc},
         {"group", r.level.group},
         {"service_level", optionalJson(r.level.level)},
         {"people", r.level.people},
         {"people_without_value", r.level.people_without_value}});
  return out;
}

std::string kpiReportCsv(const ProjectContent& content) {
  std::string out =
      "kpi_id,kpi_name,unit,level,unit_id,period_label,period_utc,value,target,status\n";
  for (const auto& v : content.kpi_values) {
    const KpiDefinition* kpi = content.findKpi(v.kpi_id);
    if (!kpi) continue;
    out += fmt::format("{},{},{},{},{},{},{},{},{},{}\n",
                       csvField(v.kpi_id),
                       csvField(kpi->name),
                       csvField(kpi->unit),
                       kpiLevelName(kpi->level),
                       csvField(v.unit_id),
                       csvField(v.period_label),
                       v.period_utc,
                       v.value,
                       number(kpi->target),
                       kpiStatusName(kpiStatus(*kpi, v.value)));
  }
  const auto levels = serviceLevelTable(content);
  if (levels.empty()) return out;
  out += "\nkpi_id,period_label,period_utc,group,service_level,people,people_without_value\n";
  for (const auto& r : levels)
    out += fmt::format("{},{},{},{},{},{},{}\n",
                       csvField(r.kpi_id),
                       csvField(r.period_label),
                       r.period_utc,
                       csvField(r.level.group),
                       number(r.level.level),
                       r.level.people,
                       r.level.people_without_value);
  return out;
}

}  // namespace geo::store
