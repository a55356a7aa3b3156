#pragma once

// Importing KPI values from a CSV or XLSX file (read through GDAL, geo/io)
// with a column mapping, and the validation report. No row is dropped
// silently: every row or cell not taken is listed with its reason.
//
// Mapping (JSON):
//   { "layer": "",                       sheet or layer name; "" = the first
//     "unit_column": "Library",          unit id column (omit for whole-service KPIs)
//     "units": { "Hartford": "Hartford" }  optional: source value -> unit id; when
//                                        given, any other value is an unknown id
//     "filter": { "column": "Library", "values": ["Hartford"] }  optional: rows
//                                        outside are reported as not selected
//     "period": { "column": "Fiscal Year", "kind": "fiscal_year", "start_month": 7 },
//     "values": [ { "column": "Total Library Visits", "kpi": "library_visits" } ],
//     "kpis": [ { KPI definition, see store_json.h } ] }   optional, added when missing
// Period kinds: "timestamp" (kpi_time.h rule; label = the text as written),
// "year" (YYYY: 1 January local time; label "2018"), "fiscal_year" (FY YYYY
// starts on day 1 of start_month of YYYY - 1 when start_month > 1, local time;
// label "FY2018").
// Values: numbers; a leading "$" and thousands separators ("1,234,567.5") are
// accepted; anything else is non-numeric. A (KPI, unit, period) that was
// already taken from an earlier row, or is already in the project, is a
// duplicate period: the first value wins and later ones are reported.
// Line numbers count the header as line 1.

#include <optional>
#include <string>
#include <vector>

#include "geo/core/error.h"
#include "geo/store/project.h"

namespace geo::store {

enum class PeriodKind { kTimestamp, kYear, kFiscalYear };

struct KpiColumn {
  std::string column;
  std::string kpi_id;
};

struct KpiMapping {
  std::string layer;
  std::string unit_column;
  std::optional<std::vector<std::pair<std::string, std::string>>> units;
  std::string filter_column;
  std::vector<std::string> filter_values;
  std::string period_column;
  PeriodKind period_kind = PeriodKind::kTimestamp;
  int fiscal_year_start_month = 7;
  std::vector<KpiColumn> values;
  std::vector<KpiDefinition> kpis;
};

core::Result<KpiMapping> parseKpiMapping(const std::string& json_text, const std::string& path);
core::Result<KpiMapping> readKpiMapping(const std::string& path);

enum class ImportIssueKind {
  kNotSelected,      // outside the mapping's filter
  kUnknownUnit,      // unit id not in the mapping's units (or blank)
  kBadDate,          // period text that is not a date / year
  kBlankValue,       // empty cell
  kNonNumeric,       // a value that is not a number
  kDuplicatePeriod,  // second value for the same KPI, unit and period
};

struct ImportIssue {
  std::size_t line = 0;  // header = line 1
  ImportIssueKind kind = ImportIssueKind::kBlankValue;
  std::string column;  // value column for cell issues; "" for whole-row issues
  std::string detail;  // e.g. "unknown facility id 'Avon'"
};

struct KpiImportReport {
  std::string file;
  std::size_t rows = 0;          // data rows read
  std::size_t values_taken = 0;  // KPI values imported
  std::vector<ImportIssue> issues;

  std::size_t count(ImportIssueKind kind) const;
  // "926 rows, 230 values taken; not taken: 880 rows not selected, 6 blank values"
  std::string summary() const;
};

struct KpiImport {
  std::vector<KpiDefinition> new_kpis;  // from the mapping, not yet in the project
  std::vector<KpiValue> values;
  KpiImportReport report;
};

// Reads `file` and validates every row. Fails only for the file as a whole
// (unreadable, a mapped column missing, a KPI neither in the project nor the
// mapping); row problems go to the report.
core::Result<KpiImport> importKpiFile(const std::string& file,
                                      const KpiMapping& mapping,
                                      const ProjectContent& project);

// Adds the imported definitions and values to the project as one undoable edit.
void applyKpiImport(Project& project, const KpiImport& import);

const char* importIssueKindName(ImportIssueKind kind);  // "unknown_unit", ...

}  // namespace geo::store
