#pragma once

// Exact Fisher-Jenks natural breaks: the partition of sorted values into k
// contiguous classes with the least total squared deviation from the class means.
//
// Works on distinct values with weights (their multiplicities): tied values never
// straddle a break, and the cost of a data set depends on its distinct values only.
// The dynamic programme uses divide and conquer over the monotone optimal split
// points, O(k * m * log m) for m distinct values, so it stays fast for hundreds of
// thousands of values. Deterministic: among equal-cost splits the earliest wins.

#include <cstddef>
#include <vector>

namespace geo::carto {

// `distinct` must be sorted strictly increasing, `weights` positive and the same
// size; 1 <= classes <= distinct.size(). Returns the upper bound of each class
// (classes values; the last is distinct.back()). Empty input gives {}.
std::vector<double> naturalBreaks(const std::vector<double>& distinct,
                                  const std::vector<double>& weights,
                                  std::size_t classes);

}  // namespace geo::carto
