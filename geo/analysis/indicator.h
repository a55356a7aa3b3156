#pragma once

// Indicators computed per row from ACS estimate/MOE columns (METHODS.md section 3).
//
// Columns are named by ACS variable base name: "B03002_012" stands for the estimate
// column "B03002_012E" and the MOE column "B03002_012M". A count indicator sums its
// numerator columns; a share indicator divides the sum of its numerator columns by
// the sum of its denominator columns with the proportion formula (the numerator is a
// subset of the denominator). Shares are fractions (0.25 = 25 %).
//
// Per row, a missing or sentinel cell in any component makes the result missing,
// and so does a zero denominator. Thread safe: evaluation only reads the table.

#include <string>
#include <string_view>
#include <vector>

#include "geo/analysis/estimate.h"
#include "geo/core/error.h"
#include "geo/core/feature_table.h"

namespace geo::analysis {

enum class IndicatorKind { kCount, kShare };
enum class IndicatorUnit { kPeople, kHouseholds, kShare };

struct Indicator {
  std::string id;    // stable, snake_case: "poverty_share"
  std::string name;  // English, for legends and tables
  IndicatorKind kind = IndicatorKind::kCount;
  IndicatorUnit unit = IndicatorUnit::kPeople;
  std::string universe;                  // who is counted in the denominator (or the count)
  std::vector<std::string> numerator;    // variable base names, summed
  std::vector<std::string> denominator;  // variable base names, summed; empty for counts
};

// One Estimate per table row. Fails with ErrorCode::kNotFound naming the first
// estimate or MOE column the table lacks, or kInvalidData for an indicator without
// numerator columns (or a share without denominator columns).
core::Result<std::vector<Estimate>> evaluate(const Indicator& indicator,
                                             const core::FeatureTable& table);

// Reliability of each estimate (kUnknown for missing and zero estimates).
std::vector<Reliability> reliabilities(const std::vector<Estimate>& estimates,
                                       const ReliabilityThresholds& thresholds = {});

const char* indicatorUnitName(IndicatorUnit unit);  // "people", "households", "share"

// Built-in catalog for ACS 5-year detailed tables (variable numbers checked against
// the ACS 2023 labels; see indicator_catalog.cpp for the label of each variable).
// Stable order and ids; the vector lives for the whole program.
const std::vector<Indicator>& builtinIndicators();

// The built-in indicator with this id, or nullptr.
const Indicator* findIndicator(std::string_view id);

}  // namespace geo::analysis
