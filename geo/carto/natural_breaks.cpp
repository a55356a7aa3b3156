#include "geo/carto/natural_breaks.h"

#include <algorithm>
#include <limits>

namespace geo::carto {
namespace {

// Prefix sums of weight, weighted value and weighted square, with values centred
// on their weighted mean so that the squared sums do not lose precision.
class SegmentCost {
 public:
  SegmentCost(const std::vector<double>& values, const std::vector<double>& weights) {
    double total_weight = 0.0;
    double total = 0.0;
    for (std::size_t i = 0; i < values.size(); ++i) {
      total_weight += weights[i];
      total += weights[i] * values[i];
    }
    double mean = total / total_weight;

    weight_.assign(values.size() + 1, 0.0);
    sum_ = weight_;
    square_ = weight_;
    for (std::size_t i = 0; i < values.size(); ++i) {
      double x = values[i] - mean;
      weight_[i + 1] = weight_[i] + weights[i];
      sum_[i + 1] = sum_[i] + weights[i] * x;
      square_[i + 1] = square_[i] + weights[i] * x * x;
    }
  }

  // Squared deviation from the mean of items first..last (inclusive).
  double operator()(std::size_t first, std::size_t last) const {
    double w = weight_[last + 1] - weight_[first];
    double s = sum_[last + 1] - sum_[first];
    double s2 = square_[last + 1] - square_[first];
    return std::max(0.0, s2 - s * s / w);
  }

 private:
  std::vector<double> weight_;
  std::vector<double> sum_;
  std::vector<double> square_;
};

// One layer of the dynamic programme: best cost of items 0..i in c + 1 classes,
// given the costs `previous` for c classes, and the start of the last class.
struct Layer {
  std::vector<double> cost;
  std::vector<std::size_t> start;
};

void solveRange(const SegmentCost& segment,
                const Layer& previous,
                std::size_t c,
                std::size_t lo,
                std::size_t hi,
                std::size_t opt_lo,
                std::size_t opt_hi,
                Layer& layer) {
  if (lo > hi) return;
  std::size_t mid = lo + (hi - lo) / 2;

  // The last class starts at j: items j..mid; earlier items use c classes.
  double best = std::numeric_limits<double>::infinity();
  std::size_t best_j = std::max(c, opt_lo);
  for (std::size_t j = std::max(c, opt_lo); j <= std::min(mid, opt_hi); ++j) {
    double cost = previous.cost[j - 1] + segment(j, mid);
    if (cost < best) {
      best = cost;
      best_j = j;
    }
  }
  layer.cost[mid] = best;
  layer.start[mid] = best_j;

  if (mid > lo) solveRange(segment, previous, c, lo, mid - 1, opt_lo, best_j, layer);
  solveRange(segment, previous, c, mid + 1, hi, best_j, opt_hi, layer);
}

}  // namespace

std::vector<double> naturalBreaks(const std::vector<double>& distinct,
                                  const std::vector<double>& weights,
                                  std::size_t classes) {
  std::size_t m = distinct.size();
  if (m == 0 || classes == 0) return {};
  classes = std::min(classes, m);
  SegmentCost segment(distinct, weights);

  // Layer 0: one class holding items 0..i.
  std::vector<Layer> layers(classes);
  layers[0].cost.resize(m);
  layers[0].start.assign(m, 0);
  for (std::size_t i = 0; i < m; ++i) layers[0].cost[i] = segment(0, i);

  for (std::size_t c = 1; c < classes; ++c) {
    layers[c].cost.assign(m, std::numeric_limits<double>::infinity());
    layers[c].start.assign(m, c);
    solveRange(segment, layers[c - 1], c, c, m - 1, c, m - 1, layers[c]);
  }

  // Walk back from the last item: each class ends just before the next one starts.
  std::vector<double> breaks(classes);
  std::size_t end = m - 1;
  for (std::size_t c = classes; c-- > 0;) {
    breaks[c] = distinct[end];
    if (c > 0) end = layers[c].start[end] - 1;
  }
  return breaks;
}

}  // namespace geo::carto
