#include "geo/analysis/estimate.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace geo::analysis {
namespace {

constexpr double kControlledMoe = -555555555.0;

constexpr std::array<double, 7> kSentinels = {
    -111111111.0,
    -222222222.0,
    -333333333.0,
    -555555555.0,
    -666666666.0,
    -888888888.0,
    -999999999.0,
};

bool isUsableCell(std::optional<double> cell) {
  return cell && std::isfinite(*cell) && !isCensusSentinel(*cell);
}

bool anyMissing(const Estimate& a, const Estimate& b) {
  return a.missing || b.missing;
}

}  // namespace

bool isCensusSentinel(double cell) {
  return std::find(kSentinels.begin(), kSentinels.end(), cell) != kSentinels.end();
}

Estimate estimateFromCells(std::optional<double> estimate_cell, std::optional<double> moe_cell) {
  if (!isUsableCell(estimate_cell)) return Estimate::missingValue();

  if (moe_cell && *moe_cell == kControlledMoe) return Estimate{.value = *estimate_cell};
  if (!isUsableCell(moe_cell)) return Estimate::missingValue();
  return Estimate{.value = *estimate_cell, .moe = std::abs(*moe_cell)};
}

double standardError(const Estimate& e) {
  if (e.missing) return std::numeric_limits<double>::quiet_NaN();
  return e.moe / kZ90;
}

std::optional<double> coefficientOfVariation(const Estimate& e) {
  if (e.missing || e.value == 0.0) return std::nullopt;
  return standardError(e) / std::abs(e.value);
}

Reliability reliability(const Estimate& e, const ReliabilityThresholds& thresholds) {
  std::optional<double> cv = coefficientOfVariation(e);
  if (!cv) return Reliability::kUnknown;
  if (*cv <= thresholds.high_max_cv) return Reliability::kHigh;
  if (*cv <= thresholds.medium_max_cv) return Reliability::kMedium;
  return Reliability::kLow;
}

const char* reliabilityName(Reliability r) {
  switch (r) {
    case Reliability::kHigh:
      return "high";
    case Reliability::kMedium:
      return "medium";
    case Reliability::kLow:
      return "low";
    case Reliability::kUnknown:
      return "unknown";
  }
  return "unknown";
}

Estimate sum(std::span<const Estimate> parts) {
  double value = 0.0;
  double squares = 0.0;
  double largest_zero_moe = 0.0;

  // Zero estimates share one MOE: only the largest of them counts.
  for (const Estimate& part : parts) {
    if (part.missing) return Estimate::missingValue();
    value += part.value;
    if (part.value == 0.0) {
      largest_zero_moe = std::max(largest_zero_moe, part.moe);
    } else {
      squares += part.moe * part.moe;
    }
  }

  squares += largest_zero_moe * largest_zero_moe;
  return Estimate{.value = value, .moe = std::sqrt(squares)};
}

Estimate proportion(const Estimate& part, const Estimate& whole) {
  if (anyMissing(part, whole) || whole.value == 0.0) return Estimate::missingValue();

  double p = part.value / whole.value;
  double radicand = part.moe * part.moe - p * p * whole.moe * whole.moe;
  if (radicand < 0.0) return ratio(part, whole);
  return Estimate{.value = p, .moe = std::sqrt(radicand) / std::abs(whole.value)};
}

Estimate ratio(const Estimate& numerator, const Estimate& denominator) {
  if (anyMissing(numerator, denominator) || denominator.value == 0.0) {
    return Estimate::missingValue();
  }

  double r = numerator.value / denominator.value;
  double radicand = numerator.moe * numerator.moe + r * r * denominator.moe * denominator.moe;
  return Estimate{.value = r, .moe = std::sqrt(radicand) / std::abs(denominator.value)};
}

Estimate product(const Estimate& a, const Estimate& b) {
  if (anyMissing(a, b)) return Estimate::missingValue();
  double radicand = a.value * a.value * b.moe * b.moe + b.value * b.value * a.moe * a.moe;
  return Estimate{.value = a.value * b.value, .moe = std::sqrt(radicand)};
}

Estimate scaled(double weight, const Estimate& e) {
  if (e.missing) return Estimate::missingValue();
  return Estimate{.value = weight * e.value, .moe = std::abs(weight) * e.moe};
}

std::optional<DifferenceTest> testDifference(const Estimate& a, const Estimate& b) {
  if (anyMissing(a, b)) return std::nullopt;

  double difference = std::abs(a.value - b.value);
  double se_a = standardError(a);
  double se_b = standardError(b);
  double spread = std::sqrt(se_a * se_a + se_b * se_b);

  double z = 0.0;
  if (spread > 0.0) {
    z = difference / spread;
  } else if (difference > 0.0) {
    z = std::numeric_limits<double>::infinity();
  }
  return DifferenceTest{.z = z, .significant = z > kZ90};
}

}  // namespace geo::analysis
