#pragma once

// Classification of map values into classes (METHODS.md section 11).
//
// A Classification holds a lower bound and k upper bounds ("breaks"): class 0 is
// [lower_bound, breaks[0]], class i > 0 is (breaks[i-1], breaks[i]]. Unique-value
// classes instead hold one value per class and match it exactly.
//
// Missing values (nullopt, NaN) are excluded before classifying and counted in
// no_data_count ("No data (n)"). Classes are never duplicated, and never empty
// because of ties: the class count is reduced instead (constant data gives one
// class). Equal interval keeps equal widths, so one of its classes can be empty
// where the data has a gap. Bounds are always data values or finite numbers
// between them, so labels never show infinity.
//
// Values are classified by classOf(); values below the lower bound or above the
// last break (possible when locked breaks are re-applied to other data) fall into
// the first or last class and are counted in outside_count. With unique values, a
// value that is none of the class values gets class -1 and is counted there too.
// All functions are pure and thread safe.

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "geo/core/error.h"

namespace geo::carto {

enum class ClassMethod {
  kQuantile,
  kEqualInterval,
  kNaturalBreaks,      // exact Fisher-Jenks optimum (least squared deviation)
  kStandardDeviation,  // classes one standard deviation wide around the mean
  kManual,
  kUniqueValues,
};

inline constexpr int kMinClasses = 3;
inline constexpr int kMaxClasses = 9;

enum class LabelFormat {
  kPercent,  // shares (0..1) shown as percentages: "12.3 – 25.0 %"
  kCount,    // whole numbers with thousands separators: "1,200 – 3,400"
  kDecimal,  // two decimals: "0.25 – 0.50"
};

struct Classification {
  ClassMethod method = ClassMethod::kQuantile;
  double lower_bound = 0.0;
  std::vector<double> breaks;       // upper bounds, strictly increasing
  std::vector<std::size_t> counts;  // values per class, same size as breaks
  std::size_t no_data_count = 0;
  std::size_t outside_count = 0;  // values outside the classes (see above)

  std::size_t classCount() const { return breaks.size(); }
  // Class index of a value, or -1 for NaN, when there are no classes, or for a
  // unique-value classification without this exact value.
  int classOf(double value) const;
  int classOf(std::optional<double> value) const;

  // "12.3 – 25.0 %"; a unique-value class shows its single value. The en dash is
  // UTF-8. An index past the last class gives "".
  std::string classLabel(std::size_t i, LabelFormat format) const;
  std::string noDataLabel() const;  // "No data (12)"
};

// Classifies values into `classes` classes (kMinClasses..kMaxClasses), or fewer
// when the data has fewer distinct values. Fails with kInvalidData for a class
// count out of range (kUniqueValues does not use it), and with kUnsupported for
// kManual (use applyBreaks) or for unique values when the data has more than
// kMaxClasses distinct values. All-missing data gives a Classification with no
// classes.
core::Result<Classification> classify(const std::vector<std::optional<double>>& values,
                                      ClassMethod method,
                                      int classes);

// Manual or locked breaks: classifies values with the given lower bound and upper
// bounds (which must be finite and strictly increasing, lower_bound <= breaks[0]).
// Re-applying a Classification's bounds to other data keeps the same value in the
// same class in every exhibit; here a class may be empty. Fails with kInvalidData
// for unusable breaks.
core::Result<Classification> applyBreaks(const std::vector<std::optional<double>>& values,
                                         double lower_bound,
                                         const std::vector<double>& breaks,
                                         ClassMethod method = ClassMethod::kManual);

// The same bounds as `locked`, counted on new values.
core::Result<Classification> reapply(const Classification& locked,
                                     const std::vector<std::optional<double>>& values);

const char* classMethodName(ClassMethod method);  // "quantile", "natural_breaks", ...

// Formats one number as a label would: "12.3 %", "1,200", "0.25".
std::string formatClassValue(double value, LabelFormat format);

}  // namespace geo::carto
