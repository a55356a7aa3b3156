#pragma once

// The equity summary of an exhibit filled from an analysis result: for one
// service line, one row for all residents and one per group, with the
// group's access today (baseline) and under the proposal (scenario) side by
// side. The statistic is the template's (METHODS.md section 8):
//   kMeanDistance  population-weighted mean distance to the nearest usable
//                  facility D_g, in whole metres (ServiceState::equity
//                  .mean_access_m for everyone, GroupEquity::mean_access_m);
//   kCoverage      share within the definition's coverage threshold C_g(tau)
//                  (EquitySummary::coverage, GroupEquity::coverage), in %.
// A statistic the analysis could not compute is left empty (printed "n/a").
//
// Texts are in the exhibit's language. A group built on a built-in share
// indicator is named from the catalog ("exhibit.group.<indicator>") in
// Spanish; in English, and for groups defined by ACS columns, the
// definition's own name is used. Pure functions, thread safe.

#include <cstddef>
#include <string>

#include "geo/analysis/analysis_run.h"
#include "geo/exhibit/exhibit_template.h"

namespace geo::exhibit {

// `base` with its title, headings, format and rows replaced from
// result.lines[line] (style, statistic and from_analysis kept). Returns
// `base` unchanged when base.from_analysis is false.
SummarySpec accessSummary(const SummarySpec& base,
                          const analysis::AnalysisResult& result,
                          std::size_t line,
                          Language language);

// The name of a group of `result` in the label language (see above).
std::string groupLabel(const analysis::AnalysisResult& result,
                       const analysis::GroupEquity& group,
                       Language language);

}  // namespace geo::exhibit
