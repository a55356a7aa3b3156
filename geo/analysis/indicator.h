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

// Built-in catalog for ACS 5-year detailed tables. Variable numbers were checked
// against the ACS 2023 dictionary (labels abbreviated; "/" separates numerator
// and denominator):
//   hispanic_share      B03002_012 "Hispanic or Latino" / B03002_001 "Total"
//   black_nh_share      B03002_004 "Not Hispanic or Latino!!Black or African American
//                       alone" / B03002_001
//   white_nh_share      B03002_003 "Not Hispanic or Latino!!White alone" / B03002_001
//   asian_nh_share      B03002_006 "Not Hispanic or Latino!!Asian alone" / B03002_001
//   poverty_share       C17002_002 "Under .50" + _003 ".50 to .99" / C17002_001 "Total"
//   low_income_share    C17002_002 .. _007 "Under .50" .. "1.85 to 1.99" / C17002_001
//   age65_share         B01001_020 .. _025 "Male!!65 and 66 years" .. "85 years and
//                       over" + B01001_044 .. _049 (female, same ages) / B01001_001
//   under18_share       B01001_003 .. _006 "Male!!Under 5 years" .. "15 to 17 years"
//                       + B01001_027 .. _030 (female, same ages) / B01001_001
//   foreign_born_share  B05001_005 "U.S. citizen by naturalization" + _006 "Not a
//                       U.S. citizen" / B05001_001 "Total"
//   no_vehicle_share    B08201_002 "No vehicle available" / B08201_001 "Total"
//   renter_share        B25003_003 "Renter occupied" / B25003_001 "Total"
//   total_population    B01003_001 "Total" (count)
// Stable order and ids; the vector lives for the whole program.
const std::vector<Indicator>& builtinIndicators();

// The built-in indicator with this id, or nullptr.
const Indicator* findIndicator(std::string_view id);

}  // namespace geo::analysis
