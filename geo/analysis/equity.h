#pragma once

// Equity statistics of access for demographic groups (METHODS.md section 8).
//
// Inputs are per unit: an access distance d_i in metres (infinite = no usable
// facility), and for each group its count G_gi and the count of its universe
// U_gi (total population for person groups, total households for household
// groups), both ACS estimates with MOEs. "Others" are U_gi - G_gi.
//
// Conventions: units with zero weight contribute nothing and never produce NaN;
// units with a missing estimate are left out of that group's statistics; units
// with infinite distance are left out of means, Gini and Theil (their people are
// counted in `people_without_access`) and count as not covered. A statistic
// that cannot be computed (no weight at all, mean 0) is nullopt, never NaN.
// Pure functions, thread safe.

#include <optional>
#include <span>
#include <string>
#include <vector>

#include "geo/analysis/estimate.h"

namespace geo::analysis {

// Sum w_i x_i / sum w_i over finite x_i with w_i > 0.
std::optional<double> weightedMean(std::span<const double> values, std::span<const double> weights);

// Share of the weight whose value is <= threshold (infinite values never are).
std::optional<double> coverageShare(std::span<const double> values,
                                    std::span<const double> weights,
                                    double threshold);

// Population-weighted Gini: sum_ij w_i w_j |x_i - x_j| / (2 W^2 mean).
std::optional<double> weightedGini(std::span<const double> values, std::span<const double> weights);

// Theil T: (1/W) sum w_i (x_i/mean) ln(x_i/mean), with 0 ln 0 = 0.
std::optional<double> weightedTheil(std::span<const double> values,
                                    std::span<const double> weights);

// Theil T of the pooled weights split for a partition of the population into
// groups (weights[k][i] = people of part k in unit i): total = between + within.
struct TheilSplit {
  double total = 0.0;
  double between = 0.0;
  double within = 0.0;
};
std::optional<TheilSplit> theilDecomposition(std::span<const double> values,
                                             const std::vector<std::vector<double>>& weights);

// Index of dissimilarity 1/2 sum_i |g_i/G - o_i/O|.
std::optional<double> dissimilarityIndex(std::span<const double> group,
                                         std::span<const double> others);

// A score with a 95 % confidence interval derived from ACS MOEs.
struct DisparityScore {
  double score = 0.0;
  double ci_low = 0.0;
  double ci_high = 0.0;
  bool significant = false;  // the interval excludes 0
  bool missing = true;
};
inline constexpr double kZ95 = 1.96;

// Geographic disparity score of each unit: r_i/R - b_i/B, where r_i are the
// resources in the unit (no error) and b_i the people (ACS estimates). The CI
// comes from the MOE of the proportion b_i/B. Missing when R or B is 0.
std::vector<DisparityScore> geographicDisparity(std::span<const double> resources,
                                                std::span<const Estimate> people);

// Demographic disparity score of a group: sum_i (r_i/R) (G_i/U_i) - G/U, the
// resource-weighted mean of the unit shares minus the study-area share. The SE
// combines the unit share SEs (weighted by r_i/R) and the study share SE.
// Limitation: covariance between a unit's share and the study-area share is
// ignored, which slightly overstates the SE.
DisparityScore demographicDisparity(std::span<const double> resources,
                                    std::span<const Estimate> group,
                                    std::span<const Estimate> universe);

struct GroupCounts {
  std::string id;
  std::string name;
  std::vector<Estimate> count;     // G_gi per unit
  std::vector<Estimate> universe;  // U_gi per unit
};

struct GroupEquity {
  std::string id;
  std::string name;
  Estimate group_total;
  Estimate universe_total;
  double people_without_access = 0.0;            // group members with no usable facility
  std::optional<double> mean_access_m;           // D_g
  std::optional<double> universe_mean_access_m;  // D_ref, ref = universe
  std::optional<double> others_mean_access_m;    // D_ref, ref = everyone not in g
  std::optional<double> ratio_vs_total;
  std::optional<double> ratio_vs_others;
  Estimate coverage;  // C_g(tau) with MOE (proportion formula)
  std::optional<double> others_coverage;
  std::optional<double> dissimilarity;
  std::optional<TheilSplit> theil_split;  // group vs others partition
  DisparityScore demographic_disparity;
};

struct EquitySummary {
  std::optional<double> mean_access_m;  // population-weighted, all people
  std::optional<double> gini;
  std::optional<double> theil;
  double coverage_threshold_m = 0.0;
  std::optional<double> coverage;
  std::vector<GroupEquity> groups;
};

// `population` is the total population per unit (weights of the overall Gini,
// Theil and mean); `resources` per unit feeds the disparity scores (may be
// empty: scores are then missing).
EquitySummary equityStatistics(std::span<const double> distances_m,
                               std::span<const Estimate> population,
                               const std::vector<GroupCounts>& groups,
                               std::span<const double> resources,
                               double coverage_threshold_m);

}  // namespace geo::analysis
