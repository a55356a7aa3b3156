#include "geo/carto/classify.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <numeric>

#include <fmt/format.h>

#include "geo/carto/natural_breaks.h"

namespace geo::carto {
namespace {

using core::ErrorCode;

// Usable values in ascending order, and how many were missing.
struct SortedValues {
  std::vector<double> values;
  std::size_t no_data = 0;
};

SortedValues sortedValues(const std::vector<std::optional<double>>& input) {
  SortedValues out;
  for (const std::optional<double>& v : input) {
    if (v && std::isfinite(*v)) {
      out.values.push_back(*v);
    } else {
      ++out.no_data;
    }
  }
  std::sort(out.values.begin(), out.values.end());
  return out;
}

// Distinct values and how often each occurs.
void distinctWithWeights(const std::vector<double>& sorted,
                         std::vector<double>& distinct,
                         std::vector<double>& weights) {
  for (double v : sorted) {
    if (distinct.empty() || v != distinct.back()) {
      distinct.push_back(v);
      weights.push_back(0.0);
    }
    weights.back() += 1.0;
  }
}

std::vector<double> quantileUppers(const std::vector<double>& sorted, std::size_t k) {
  std::vector<double> uppers;
  std::size_t n = sorted.size();
  for (std::size_t j = 1; j < k; ++j) uppers.push_back(sorted[(j * n + k - 1) / k - 1]);
  return uppers;
}

std::vector<double> equalIntervalUppers(double min, double max, std::size_t k) {
  std::vector<double> uppers;
  double width = (max - min) / static_cast<double>(k);
  for (std::size_t j = 1; j < k; ++j) uppers.push_back(min + width * static_cast<double>(j));
  uppers.push_back(max);
  return uppers;
}

// Breaks one (population) standard deviation apart: at mean +- 0.5, 1.5, ... sd for
// an odd class count, at the mean and mean +- 1, 2, ... sd for an even one.
std::vector<double> standardDeviationUppers(const std::vector<double>& sorted, std::size_t k) {
  double n = static_cast<double>(sorted.size());
  double mean = std::accumulate(sorted.begin(), sorted.end(), 0.0) / n;
  double squares = 0.0;
  for (double v : sorted) squares += (v - mean) * (v - mean);
  double sd = std::sqrt(squares / n);

  std::vector<double> uppers;
  double first = -(static_cast<double>(k) - 2.0) / 2.0;
  for (std::size_t j = 0; j + 1 < k; ++j) uppers.push_back(mean + (first + j) * sd);
  return uppers;
}

// Keeps candidate upper bounds that each close a non-empty class, ending at the
// maximum: ties and bounds outside the data reduce the class count.
std::vector<double> nonEmptyUppers(const std::vector<double>& sorted,
                                   std::vector<double> candidates) {
  double max = sorted.back();
  std::erase_if(candidates, [&](double b) { return !(b < max); });
  candidates.push_back(max);
  std::sort(candidates.begin(), candidates.end());

  std::vector<double> uppers;
  auto from = sorted.begin();
  for (double b : candidates) {
    auto to = std::upper_bound(from, sorted.end(), b);
    if (to == from) continue;
    uppers.push_back(b);
    from = to;
  }
  return uppers;
}

void countValues(Classification& c, const std::vector<double>& sorted) {
  c.counts.assign(c.breaks.size(), 0);
  c.outside_count = 0;
  for (double v : sorted) {
    int k = c.classOf(v);
    bool outside = k < 0 || v < c.lower_bound || v > c.breaks.back();
    if (outside) ++c.outside_count;
    if (k >= 0) ++c.counts[static_cast<std::size_t>(k)];
  }
}

Classification makeClassification(ClassMethod method,
                                  const SortedValues& data,
                                  double lower_bound,
                                  std::vector<double> breaks) {
  Classification c{.method = method,
                   .lower_bound = lower_bound,
                   .breaks = std::move(breaks),
                   .no_data_count = data.no_data};
  if (!c.breaks.empty()) countValues(c, data.values);
  return c;
}

core::Result<std::vector<double>> computeUppers(ClassMethod method,
                                                const std::vector<double>& sorted,
                                                std::size_t k) {
  std::vector<double> distinct;
  std::vector<double> weights;
  distinctWithWeights(sorted, distinct, weights);
  k = std::min(k, distinct.size());

  switch (method) {
    case ClassMethod::kQuantile:
      return nonEmptyUppers(sorted, quantileUppers(sorted, k));
    case ClassMethod::kEqualInterval:
      return equalIntervalUppers(sorted.front(), sorted.back(), k);
    case ClassMethod::kNaturalBreaks:
      return naturalBreaks(distinct, weights, k);
    case ClassMethod::kStandardDeviation:
      return nonEmptyUppers(sorted, standardDeviationUppers(sorted, k));
    case ClassMethod::kUniqueValues:
      if (distinct.size() > static_cast<std::size_t>(kMaxClasses)) {
        return core::fail(core::Error{
            .code = ErrorCode::kUnsupported,
            .message = fmt::format("{} distinct values are too many for unique-value classes "
                                   "(at most {})",
                                   distinct.size(),
                                   kMaxClasses),
            .hint = "use quantile or natural breaks for continuous values"});
      }
      return distinct;
    case ClassMethod::kManual:
      break;
  }
  return core::fail(core::Error{.code = ErrorCode::kUnsupported,
                                .message = "manual breaks need explicit bounds",
                                .hint = "give the break values (applyBreaks)"});
}

std::string thousands(long long whole) {
  std::string digits = std::to_string(whole < 0 ? -whole : whole);
  std::string out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return whole < 0 ? "-" + out : out;
}

std::string formatNumber(double value, LabelFormat format) {
  switch (format) {
    case LabelFormat::kPercent:
      return fmt::format("{:.1f}", value * 100.0);
    case LabelFormat::kCount:
      return thousands(std::llround(value));
    case LabelFormat::kDecimal:
      return fmt::format("{:.2f}", value);
  }
  return fmt::format("{}", value);
}

std::string unitSuffix(LabelFormat format) {
  return format == LabelFormat::kPercent ? " %" : "";
}

}  // namespace

int Classification::classOf(double value) const {
  if (std::isnan(value) || breaks.empty()) return -1;

  if (method == ClassMethod::kUniqueValues) {
    auto it = std::lower_bound(breaks.begin(), breaks.end(), value);
    return (it != breaks.end() && *it == value) ? static_cast<int>(it - breaks.begin()) : -1;
  }
  auto it = std::lower_bound(breaks.begin(), breaks.end(), value);
  if (it == breaks.end()) --it;  // above the last break: last class
  return static_cast<int>(it - breaks.begin());
}

int Classification::classOf(std::optional<double> value) const {
  return value ? classOf(*value) : -1;
}

std::string Classification::classLabel(std::size_t i, LabelFormat format) const {
  if (i >= breaks.size()) return "";
  std::string upper = formatNumber(breaks[i], format);
  if (method == ClassMethod::kUniqueValues) return upper + unitSuffix(format);

  double lower = i == 0 ? lower_bound : breaks[i - 1];
  return formatNumber(lower, format) + " \u2013 " + upper + unitSuffix(format);
}

std::string Classification::noDataLabel() const {
  return fmt::format("No data ({})", no_data_count);
}

std::string formatClassValue(double value, LabelFormat format) {
  return formatNumber(value, format) + unitSuffix(format);
}

core::Result<Classification> classify(const std::vector<std::optional<double>>& values,
                                      ClassMethod method,
                                      int classes) {
  if (method != ClassMethod::kUniqueValues && (classes < kMinClasses || classes > kMaxClasses)) {
    return core::fail(
        core::Error{.code = ErrorCode::kInvalidData,
                    .message = fmt::format("{} classes requested; between {} and {} are possible",
                                           classes,
                                           kMinClasses,
                                           kMaxClasses),
                    .hint = "choose 3 to 9 classes"});
  }

  SortedValues data = sortedValues(values);
  if (data.values.empty()) return makeClassification(method, data, 0.0, {});

  auto uppers = computeUppers(method, data.values, static_cast<std::size_t>(classes));
  if (!uppers) return std::unexpected(uppers.error());
  return makeClassification(method, data, data.values.front(), std::move(*uppers));
}

core::Result<Classification> applyBreaks(const std::vector<std::optional<double>>& values,
                                         double lower_bound,
                                         const std::vector<double>& breaks,
                                         ClassMethod method) {
  auto is_finite = [](double b) { return std::isfinite(b); };
  bool finite = std::isfinite(lower_bound) && std::all_of(breaks.begin(), breaks.end(), is_finite);
  bool increasing =
      std::adjacent_find(breaks.begin(), breaks.end(), std::greater_equal<>()) == breaks.end();
  if (breaks.empty() || !finite || !increasing || lower_bound > breaks.front()) {
    return core::fail(core::Error{
        .code = ErrorCode::kInvalidData,
        .message = "class breaks must be finite, strictly increasing and above the lower bound",
        .hint = "check the manual break values"});
  }
  return makeClassification(method, sortedValues(values), lower_bound, breaks);
}

core::Result<Classification> reapply(const Classification& locked,
                                     const std::vector<std::optional<double>>& values) {
  return applyBreaks(values, locked.lower_bound, locked.breaks, locked.method);
}

const char* classMethodName(ClassMethod method) {
  switch (method) {
    case ClassMethod::kQuantile:
      return "quantile";
    case ClassMethod::kEqualInterval:
      return "equal_interval";
    case ClassMethod::kNaturalBreaks:
      return "natural_breaks";
    case ClassMethod::kStandardDeviation:
      return "standard_deviation";
    case ClassMethod::kManual:
      return "manual";
    case ClassMethod::kUniqueValues:
      return "unique_values";
  }
  return "manual";
}

}  // namespace geo::carto
