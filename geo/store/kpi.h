#pragma once

// KPI definitions and values (METHODS.md section 10) and what the KPI panel
// shows: status against target and trend series.
//
// Time rule: every period is stored as the UTC instant of its start,
// ISO-8601 "YYYY-MM-DDTHH:MM:SSZ" (see kpi_time.h), plus a display label
// such as "FY2018". A KPI value belongs to one unit: a facility id, service
// area id or town name, or "" for the whole service.
// Pure functions over plain data; thread safe.

#include <optional>
#include <string>
#include <vector>

#include "geo/core/error.h"

namespace geo::store {

enum class KpiDirection { kHigherIsBetter, kLowerIsBetter };
enum class KpiLevel { kFacility, kServiceArea, kTown, kWholeService };

struct KpiDefinition {
  std::string id;    // stable key, e.g. "library_visits"
  std::string name;  // shown to people, e.g. "Library visits"
  std::string unit;  // "visits", "USD per capita", "minutes", "share"
  KpiDirection direction = KpiDirection::kHigherIsBetter;
  std::optional<double> target;
  std::string service_line;  // "libraries", "public works", ...
  KpiLevel level = KpiLevel::kFacility;
  std::string description;

  friend bool operator==(const KpiDefinition&, const KpiDefinition&) = default;
};

struct KpiValue {
  std::string kpi_id;
  std::string unit_id;       // facility / service area / town id; "" = whole service
  std::string period_utc;    // start of the period, "1995-07-01T04:00:00Z"
  std::string period_label;  // "FY1996"
  double value = 0.0;
  std::string source;  // file the value was imported from, if any

  friend bool operator==(const KpiValue&, const KpiValue&) = default;
};

enum class KpiStatus { kMet, kNotMet, kNoTarget, kNoData };

// Whether `value` meets the target: >= target when higher is better, <= when
// lower is better. No target gives kNoTarget; no value gives kNoData.
KpiStatus kpiStatus(const KpiDefinition& kpi, std::optional<double> value);

struct KpiStatusRow {
  std::string kpi_id;
  std::string unit_id;
  std::string period_label;  // latest period with a value
  std::string period_utc;
  std::optional<double> value;
  KpiStatus status = KpiStatus::kNoData;
};

// One row per (KPI, unit) with the latest value; a KPI without any value gets
// one kNoData row with an empty unit. Ordered by KPI order, then unit id.
std::vector<KpiStatusRow> kpiStatusList(const std::vector<KpiDefinition>& kpis,
                                        const std::vector<KpiValue>& values);

struct TrendPoint {
  std::string period_utc;
  std::string period_label;
  double value = 0.0;
};

struct TrendSeries {
  std::string unit_id;
  std::vector<TrendPoint> points;  // sorted by period_utc
};

// The trend chart of one KPI: one series per unit (sorted by unit id); the
// target line is kpi.target.
std::vector<TrendSeries> kpiTrend(const std::string& kpi_id, const std::vector<KpiValue>& values);

// The distinct periods of a KPI, sorted (for the time slider): (utc, label).
std::vector<std::pair<std::string, std::string>> kpiPeriods(const std::string& kpi_id,
                                                            const std::vector<KpiValue>& values);

const char* kpiDirectionName(KpiDirection direction);  // "higher_is_better", ...
const char* kpiLevelName(KpiLevel level);     // "facility", "service_area", "town", "whole_service"
const char* kpiStatusName(KpiStatus status);  // "met", "not_met", "no_target", "no_data"
core::Result<KpiDirection> parseKpiDirection(const std::string& text);
core::Result<KpiLevel> parseKpiLevel(const std::string& text);

// Typical shared-service KPIs with no values and no invented targets: cost
// per capita, 90th-percentile response time, share of requests closed within
// target.
std::vector<KpiDefinition> sharedServiceKpiTemplates();

}  // namespace geo::store
