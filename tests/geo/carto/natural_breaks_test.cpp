#include "geo/carto/natural_breaks.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <limits>
#include <random>

#include "geo/carto/classify.h"

namespace geo::carto {
namespace {

// Squared deviation of sorted values split at the given upper bounds.
double splitCost(const std::vector<double>& sorted, const std::vector<double>& uppers) {
  double total = 0.0;
  auto from = sorted.begin();
  for (double b : uppers) {
    auto to = std::upper_bound(from, sorted.end(), b);
    double mean = 0.0;
    for (auto it = from; it != to; ++it) mean += *it;
    mean /= static_cast<double>(to - from);
    for (auto it = from; it != to; ++it) total += (*it - mean) * (*it - mean);
    from = to;
  }
  return total;
}

// Independent check: the plain O(k n^2) Fisher dynamic programme on every value
// (ties not merged), returning the optimal cost.
double bruteForceCost(const std::vector<double>& sorted, std::size_t k) {
  std::size_t n = sorted.size();
  auto cost = [&](std::size_t a, std::size_t b) {
    return splitCost(std::vector<double>(sorted.begin() + a, sorted.begin() + b + 1), {sorted[b]});
  };
  const double inf = std::numeric_limits<double>::infinity();
  std::vector<std::vector<double>> best(k, std::vector<double>(n, inf));
  for (std::size_t i = 0; i < n; ++i) best[0][i] = cost(0, i);
  for (std::size_t c = 1; c < k; ++c) {
    for (std::size_t i = c; i < n; ++i) {
      for (std::size_t j = c; j <= i; ++j) {
        best[c][i] = std::min(best[c][i], best[c - 1][j - 1] + cost(j, i));
      }
    }
  }
  return best[k - 1][n - 1];
}

std::vector<double> randomSorted(std::mt19937& rng, std::size_t n, int max_value) {
  std::uniform_int_distribution<int> dist(0, max_value);
  std::vector<double> values(n);
  for (double& v : values) v = dist(rng) * 0.5;
  std::sort(values.begin(), values.end());
  return values;
}

TEST(NaturalBreaks, MatchesTheBruteForceOptimumOnRandomData) {
  std::mt19937 rng(20240611);
  for (int trial = 0; trial < 40; ++trial) {
    std::vector<double> sorted = randomSorted(rng, 12 + trial % 9, 30);
    std::vector<std::optional<double>> input(sorted.begin(), sorted.end());
    for (int k = 3; k <= 6; ++k) {
      auto c = classify(input, ClassMethod::kNaturalBreaks, k);
      ASSERT_TRUE(c);
      std::size_t effective = c->classCount();
      EXPECT_NEAR(splitCost(sorted, c->breaks), bruteForceCost(sorted, effective), 1e-9)
          << "trial " << trial << " k " << k;
    }
  }
}

TEST(NaturalBreaks, WeightsCountAsRepeatedValues) {
  // 1 x3, 5 x1, 6 x1, 10 x3: two classes split between 5 and 6.
  std::vector<double> breaks = naturalBreaks({1, 5, 6, 10}, {3, 1, 1, 3}, 2);
  EXPECT_EQ(breaks, (std::vector<double>{5, 10}));
}

TEST(NaturalBreaks, IsDeterministicAndFastForFiftyThousandValues) {
  std::mt19937 rng(7);
  std::normal_distribution<double> dist(100.0, 30.0);
  std::vector<std::optional<double>> values(50000);
  for (auto& v : values) v = dist(rng);

  auto start = std::chrono::steady_clock::now();
  auto first = classify(values, ClassMethod::kNaturalBreaks, 9);
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  auto second = classify(values, ClassMethod::kNaturalBreaks, 9);

  ASSERT_TRUE(first && second);
  EXPECT_EQ(first->classCount(), 9u);
  EXPECT_EQ(first->breaks, second->breaks);
  EXPECT_LT(seconds, 2.0);
}

TEST(NaturalBreaks, EmptyInputGivesNoBreaks) {
  EXPECT_TRUE(naturalBreaks({}, {}, 3).empty());
}

}  // namespace
}  // namespace geo::carto
