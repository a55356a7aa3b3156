#pragma once

// ACS estimates with 90 % margins of error (METHODS.md section 3).
//
// An Estimate is a value and its 90 % margin of error, or missing. Census API
// sentinel values (-111111111, -222222222, -333333333, -555555555, -666666666,
// -888888888, -999999999), blank cells and NaN are missing, never numbers. The one
// exception: -555555555 in an MOE cell means "controlled, no sampling error" and
// gives an MOE of 0.
//
// Derived estimates follow the Census Bureau's approximation formulas. Any missing
// input gives a missing result, and so does a zero denominator. All functions are
// pure and thread safe; none fail with an error value.

#include <optional>
#include <span>

namespace geo::analysis {

// z-value of the two-sided 90 % interval that ACS margins of error use.
inline constexpr double kZ90 = 1.645;

struct Estimate {
  double value = 0.0;
  double moe = 0.0;  // 90 % margin of error, >= 0
  bool missing = false;

  static Estimate missingValue() { return Estimate{.missing = true}; }
};

// True for the Census API annotation values listed above.
bool isCensusSentinel(double cell);

// Builds an Estimate from raw estimate and MOE cells (nullopt = blank cell).
// Missing when the estimate is blank, NaN or a sentinel, or when the MOE is blank,
// NaN or a sentinel other than -555555555 (an estimate whose uncertainty is
// unknown cannot take part in derived estimates or reliability).
// Limitation: top-coded medians (e.g. income 250001 with no MOE) therefore come
// out missing; medians are not handled by this type.
Estimate estimateFromCells(std::optional<double> estimate_cell, std::optional<double> moe_cell);

// Standard error SE = MOE / 1.645. NaN for a missing estimate.
double standardError(const Estimate& e);

// Coefficient of variation CV = SE / |E| as a fraction (0.12 = 12 %).
// nullopt when the estimate is missing or zero: the CV of a zero estimate is
// undefined, and reliability() reports it as kUnknown.
std::optional<double> coefficientOfVariation(const Estimate& e);

enum class Reliability { kHigh, kMedium, kLow, kUnknown };

// CV thresholds as fractions: CV <= high_max_cv is high, CV <= medium_max_cv is
// medium, anything above is low.
struct ReliabilityThresholds {
  double high_max_cv = 0.12;
  double medium_max_cv = 0.40;
};

// kUnknown for missing and zero estimates (see coefficientOfVariation).
Reliability reliability(const Estimate& e, const ReliabilityThresholds& thresholds = {});
const char* reliabilityName(Reliability r);  // "high", "medium", "low", "unknown"

// Sum: MOE = sqrt(sum of MOE^2), except that among components whose estimate is
// zero only the largest MOE is included. An empty span gives 0 +- 0.
Estimate sum(std::span<const Estimate> parts);

// Proportion p = X / Y where X is a subset of Y:
// MOE = sqrt(Mx^2 - p^2 * My^2) / Y, or the ratio formula when the radicand is
// negative. Missing when Y is 0.
Estimate proportion(const Estimate& part, const Estimate& whole);

// Ratio R = X / Y where X is not a subset of Y: MOE = sqrt(Mx^2 + R^2 * My^2) / Y.
// Missing when Y is 0.
Estimate ratio(const Estimate& numerator, const Estimate& denominator);

// Product X * Y: MOE = sqrt(X^2 * My^2 + Y^2 * Mx^2).
Estimate product(const Estimate& a, const Estimate& b);

// Apportioned count w * X for a fixed weight w: MOE = |w| * Mx.
Estimate scaled(double weight, const Estimate& e);

// Difference test at 90 %: Z = |X1 - X2| / sqrt(SE1^2 + SE2^2), significant when
// Z > 1.645. When both SEs are 0 (controlled values), Z is +infinity for different
// values and 0 for equal ones.
struct DifferenceTest {
  double z = 0.0;
  bool significant = false;
};

// nullopt when either estimate is missing.
std::optional<DifferenceTest> testDifference(const Estimate& a, const Estimate& b);

}  // namespace geo::analysis
