#include "geo/analysis/equity.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace geo::analysis {
namespace {

bool usable(double value, double weight) {
  return std::isfinite(value) && weight > 0.0;
}

double sumOf(std::span<const double> weights) {
  return std::accumulate(weights.begin(), weights.end(), 0.0);
}

double valueOr0(const Estimate& e) {
  return e.missing ? 0.0 : e.value;
}

std::vector<double> values(std::span<const Estimate> estimates) {
  std::vector<double> out;
  out.reserve(estimates.size());
  for (const Estimate& e : estimates) out.push_back(valueOr0(e));
  return out;
}

DisparityScore scoreWithSe(double score, double se) {
  return DisparityScore{.score = score,
                        .ci_low = score - kZ95 * se,
                        .ci_high = score + kZ95 * se,
                        .significant = score - kZ95 * se > 0.0 || score + kZ95 * se < 0.0,
                        .missing = false};
}

}  // namespace

std::optional<double> weightedMean(std::span<const double> values,
                                   std::span<const double> weights) {
  double sum = 0.0, weight = 0.0;
  for (std::size_t i = 0; i < values.size(); ++i) {
    if (!usable(values[i], weights[i])) continue;
    sum += weights[i] * values[i];
    weight += weights[i];
  }
  if (weight <= 0.0) return std::nullopt;
  return sum / weight;
}

std::optional<double> coverageShare(std::span<const double> values,
                                    std::span<const double> weights,
                                    double threshold) {
  double covered = 0.0, weight = 0.0;
  for (std::size_t i = 0; i < values.size(); ++i) {
    if (!(weights[i] > 0.0)) continue;
    weight += weights[i];
    if (values[i] <= threshold) covered += weights[i];
  }
  if (weight <= 0.0) return std::nullopt;
  return covered / weight;
}

std::optional<double> weightedGini(std::span<const double> values,
                                   std::span<const double> weights) {
  std::vector<std::size_t> order;
  for (std::size_t i = 0; i < values.size(); ++i)
    if (usable(values[i], weights[i])) order.push_back(i);
  std::sort(order.begin(), order.end(), [&](auto a, auto b) { return values[a] < values[b]; });

  // Sum over pairs i < j (sorted) of w_i w_j (x_j - x_i), in one pass.
  double weight_before = 0.0, weighted_before = 0.0, pair_sum = 0.0;
  for (std::size_t i : order) {
    pair_sum += weights[i] * (values[i] * weight_before - weighted_before);
    weight_before += weights[i];
    weighted_before += weights[i] * values[i];
  }
  if (weight_before <= 0.0 || weighted_before <= 0.0) return std::nullopt;
  const double mean = weighted_before / weight_before;
  return 2.0 * pair_sum / (2.0 * weight_before * weight_before * mean);
}

std::optional<double> weightedTheil(std::span<const double> values,
                                    std::span<const double> weights) {
  const std::optional<double> mean = weightedMean(values, weights);
  if (!mean || *mean <= 0.0) return std::nullopt;
  double sum = 0.0, weight = 0.0;
  for (std::size_t i = 0; i < values.size(); ++i) {
    if (!usable(values[i], weights[i])) continue;
    weight += weights[i];
    const double ratio = values[i] / *mean;
    if (ratio > 0.0) sum += weights[i] * ratio * std::log(ratio);
  }
  return sum / weight;
}

std::optional<TheilSplit> theilDecomposition(std::span<const double> values,
                                             const std::vector<std::vector<double>>& weights) {
  std::vector<double> pooled(values.size(), 0.0);
  for (const auto& part : weights)
    for (std::size_t i = 0; i < values.size(); ++i) pooled[i] += part[i];
  const std::optional<double> mean = weightedMean(values, pooled);
  const std::optional<double> total = weightedTheil(values, pooled);
  if (!mean || !total) return std::nullopt;

  double pooled_weight = 0.0;
  for (std::size_t i = 0; i < values.size(); ++i)
    if (usable(values[i], pooled[i])) pooled_weight += pooled[i];
  TheilSplit split{.total = *total};
  for (const auto& part : weights) {
    const std::optional<double> part_mean = weightedMean(values, part);
    if (!part_mean || *part_mean <= 0.0) continue;
    double part_weight = 0.0;
    for (std::size_t i = 0; i < values.size(); ++i)
      if (usable(values[i], part[i])) part_weight += part[i];
    const double share = part_weight * *part_mean / (pooled_weight * *mean);
    split.between += share * std::log(*part_mean / *mean);
    split.within += share * weightedTheil(values, part).value_or(0.0);
  }
  return split;
}

std::optional<double> dissimilarityIndex(std::span<const double> group,
                                         std::span<const double> others) {
  const double group_total = sumOf(group), others_total = sumOf(others);
  if (group_total <= 0.0 || others_total <= 0.0) return std::nullopt;
  double sum = 0.0;
  for (std::size_t i = 0; i < group.size(); ++i)
    sum += std::abs(group[i] / group_total - others[i] / others_total);
  return sum / 2.0;
}

std::vector<DisparityScore> geographicDisparity(std::span<const double> resources,
                                                std::span<const Estimate> people) {
  std::vector<DisparityScore> out(people.size());
  const double resource_total = sumOf(resources);
  const Estimate people_total = sum(people);
  if (resource_total <= 0.0 || people_total.missing || people_total.value <= 0.0) return out;
  for (std::size_t i = 0; i < people.size(); ++i) {
    const Estimate share = proportion(people[i], people_total);
    if (share.missing) continue;
    out[i] = scoreWithSe(resources[i] / resource_total - share.value, share.moe / kZ90);
  }
  return out;
}

DisparityScore demographicDisparity(std::span<const double> resources,
                                    std::span<const Estimate> group,
                                    std::span<const Estimate> universe) {
  const double resource_total = sumOf(resources);
  const Estimate study_share = proportion(sum(group), sum(universe));
  if (resource_total <= 0.0 || study_share.missing) return {};
  double weighted_share = 0.0, variance = std::pow(study_share.moe / kZ90, 2);
  for (std::size_t i = 0; i < group.size(); ++i) {
    if (resources[i] <= 0.0) continue;
    const Estimate share = proportion(group[i], universe[i]);
    if (share.missing) continue;  // an unpopulated unit holds a resource but no share
    const double weight = resources[i] / resource_total;
    weighted_share += weight * share.value;
    variance += std::pow(weight * share.moe / kZ90, 2);
  }
  return scoreWithSe(weighted_share - study_share.value, std::sqrt(variance));
}

namespace {

GroupEquity groupEquity(std::span<const double> d,
                        const GroupCounts& group,
                        std::span<const double> resources,
                        double tau) {
  GroupEquity out{.id = group.id, .name = group.name};
  out.group_total = sum(group.count);
  out.universe_total = sum(group.universe);
  const std::vector<double> g = values(group.count), u = values(group.universe);
  std::vector<double> others(g.size());
  for (std::size_t i = 0; i < g.size(); ++i) others[i] = std::max(0.0, u[i] - g[i]);
  for (std::size_t i = 0; i < g.size(); ++i)
    if (!std::isfinite(d[i])) out.people_without_access += g[i];

  out.mean_access_m = weightedMean(d, g);
  out.universe_mean_access_m = weightedMean(d, u);
  out.others_mean_access_m = weightedMean(d, others);
  if (out.mean_access_m && out.universe_mean_access_m && *out.universe_mean_access_m > 0.0)
    out.ratio_vs_total = *out.mean_access_m / *out.universe_mean_access_m;
  if (out.mean_access_m && out.others_mean_access_m && *out.others_mean_access_m > 0.0)
    out.ratio_vs_others = *out.mean_access_m / *out.others_mean_access_m;

  std::vector<Estimate> covered;
  for (std::size_t i = 0; i < g.size(); ++i)
    if (d[i] <= tau && !group.count[i].missing) covered.push_back(group.count[i]);
  out.coverage = proportion(sum(covered), out.group_total);
  out.others_coverage = coverageShare(d, others, tau);
  out.dissimilarity = dissimilarityIndex(g, others);
  out.theil_split = theilDecomposition(d, {g, others});
  if (!resources.empty())
    out.demographic_disparity = demographicDisparity(resources, group.count, group.universe);
  return out;
}

}  // namespace

EquitySummary equityStatistics(std::span<const double> distances_m,
                               std::span<const Estimate> population,
                               const std::vector<GroupCounts>& groups,
                               std::span<const double> resources,
                               double coverage_threshold_m) {
  const std::vector<double> p = values(population);
  EquitySummary out{.coverage_threshold_m = coverage_threshold_m};
  out.mean_access_m = weightedMean(distances_m, p);
  out.gini = weightedGini(distances_m, p);
  out.theil = weightedTheil(distances_m, p);
  out.coverage = coverageShare(distances_m, p, coverage_threshold_m);
  for (const GroupCounts& group : groups)
    out.groups.push_back(groupEquity(distances_m, group, resources, coverage_threshold_m));
  return out;
}

}  // namespace geo::analysis
