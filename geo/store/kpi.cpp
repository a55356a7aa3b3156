#include "geo/store/kpi.h"

#include <algorithm>
#include <map>

namespace geo::store {

KpiStatus kpiStatus(const KpiDefinition& kpi, std::optional<double> value) {
  if (!value) return KpiStatus::kNoData;
  if (!kpi.target) return KpiStatus::kNoTarget;
  const bool met = kpi.direction == KpiDirection::kHigherIsBetter ? *value >= *kpi.target
                                                                  : *value <= *kpi.target;
  return met ? KpiStatus::kMet : KpiStatus::kNotMet;
}

std::vector<KpiStatusRow> kpiStatusList(const std::vector<KpiDefinition>& kpis,
                                        const std::vector<KpiValue>& values) {
  std::vector<KpiStatusRow> rows;
  for (const auto& kpi : kpis) {
    std::map<std::string, const KpiValue*> latest;  // by unit id
    for (const auto& v : values) {
      if (v.kpi_id != kpi.id) continue;
      auto& slot = latest[v.unit_id];
      if (!slot || slot->period_utc < v.period_utc) slot = &v;
    }
    if (latest.empty()) rows.push_back({.kpi_id = kpi.id});
    for (const auto& [unit, v] : latest) {
      rows.push_back({.kpi_id = kpi.id,
                      .unit_id = unit,
                      .period_label = v->period_label,
                      .period_utc = v->period_utc,
                      .value = v->value,
                      .status = kpiStatus(kpi, v->value)});
    }
  }
  return rows;
}

std::vector<TrendSeries> kpiTrend(const std::string& kpi_id, const std::vector<KpiValue>& values) {
  std::map<std::string, std::vector<TrendPoint>> by_unit;
  for (const auto& v : values)
    if (v.kpi_id == kpi_id) by_unit[v.unit_id].push_back({v.period_utc, v.period_label, v.value});

  std::vector<TrendSeries> series;
  for (auto& [unit, points] : by_unit) {
    std::ranges::sort(points, {}, &TrendPoint::period_utc);
    series.push_back({unit, std::move(points)});
  }
  return series;
}

std::vector<std::pair<std::string, std::string>> kpiPeriods(const std::string& kpi_id,
                                                            const std::vector<KpiValue>& values) {
  std::map<std::string, std::string> periods;
  for (const auto& v : values)
    if (v.kpi_id == kpi_id) periods.emplace(v.period_utc, v.period_label);
  return {periods.begin(), periods.end()};
}

const char* kpiDirectionName(KpiDirection direction) {
  return direction == KpiDirection::kHigherIsBetter ? "higher_is_better" : "lower_is_better";
}

const char* kpiLevelName(KpiLevel level) {
  switch (level) {
    case KpiLevel::kFacility:
      return "facility";
    case KpiLevel::kServiceArea:
      return "service_area";
    case KpiLevel::kTown:
      return "town";
    case KpiLevel::kWholeService:
      return "whole_service";
  }
  return "facility";
}

const char* kpiStatusName(KpiStatus status) {
  switch (status) {
    case KpiStatus::kMet:
      return "met";
    case KpiStatus::kNotMet:
      return "not_met";
    case KpiStatus::kNoTarget:
      return "no_target";
    case KpiStatus::kNoData:
      return "no_data";
  }
  return "no_data";
}

core::Result<KpiDirection> parseKpiDirection(const std::string& text) {
  if (text == "higher_is_better") return KpiDirection::kHigherIsBetter;
  if (text == "lower_is_better") return KpiDirection::kLowerIsBetter;
  return core::fail(
      core::ErrorCode::kParse,
      "unknown KPI direction '" + text + "' (use higher_is_better or lower_is_better)");
}

core::Result<KpiLevel> parseKpiLevel(const std::string& text) {
  for (KpiLevel level :
       {KpiLevel::kFacility, KpiLevel::kServiceArea, KpiLevel::kTown, KpiLevel::kWholeService}) {
    if (text == kpiLevelName(level)) return level;
  }
  return core::fail(
      core::ErrorCode::kParse,
      "unknown KPI level '" + text + "' (use facility, service_area, town or whole_service)");
}

std::vector<KpiDefinition> sharedServiceKpiTemplates() {
  return {
      {.id = "cost_per_capita",
       .name = "Cost per capita",
       .unit = "USD per resident",
       .direction = KpiDirection::kLowerIsBetter,
       .service_line = "shared services",
       .level = KpiLevel::kTown,
       .description = "Operating cost of the service divided by the population served."},
      {.id = "response_time_p90",
       .name = "Response time, 90th percentile",
       .unit = "minutes",
       .direction = KpiDirection::kLowerIsBetter,
       .service_line = "shared services",
       .level = KpiLevel::kServiceArea,
       .description = "90 % of requests are answered within this time."},
      {.id = "requests_closed_within_target",
       .name = "Requests closed within target",
       .unit = "share",
       .direction = KpiDirection::kHigherIsBetter,
       .service_line = "shared services",
       .level = KpiLevel::kServiceArea,
       .description = "Share of service requests closed within the target time."},
  };
}

}  // namespace geo::store
