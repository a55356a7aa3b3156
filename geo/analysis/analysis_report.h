#pragma once

// Tables and text made from an AnalysisResult, for `equimap analyze` and for
// export from the GUI. Pure functions of the result; thread safe.
//
// - unitLayer: one row per unit with its geometry (analysis CRS) and per-unit
//   results of one service line (population, group counts, baseline and
//   scenario distance and facility, change, affected status, facilities in the
//   unit, geographic disparity score with its 95 % CI).
// - groupRows/summaryJson: per service line, state (baseline, scenario) and
//   group: the equity statistics of METHODS.md section 8 and the impact tests of
//   section 9. Missing statistics are empty cells / JSON null, never NaN.
// - auditTable: the apportionment audit (unit, area, areas, weight, counts moved).
// - textReport: a plain-text report of findings and flags.
// summaryJson's "flags" and "findings" and all of textReport are worded in
// `language` (catalog keys "report.*" and those of impact_text.h); field
// names, CSV headers and data notes stay English.
// CSV text follows RFC 4180 (fields with commas or quotes are quoted).

#include <string>

#include "geo/analysis/analysis_run.h"
#include "geo/core/feature_table.h"
#include "geo/core/layer.h"
#include "geo/i18n/catalog.h"

namespace geo::analysis {

core::Layer unitLayer(const AnalysisResult& result, std::size_t line);
core::FeatureTable groupTable(const AnalysisResult& result);
core::FeatureTable auditTable(const AnalysisResult& result, std::size_t line);
std::string summaryJson(const AnalysisResult& result,
                        i18n::Language language = i18n::Language::kEnglish);
std::string textReport(const AnalysisResult& result,
                       i18n::Language language = i18n::Language::kEnglish);

// A table as CSV text: a header row of field names, then one line per row.
std::string toCsv(const core::FeatureTable& table);

}  // namespace geo::analysis
