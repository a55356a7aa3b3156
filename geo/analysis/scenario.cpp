#include "geo/analysis/scenario.h"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "geo/analysis/impact_text.h"

namespace geo::analysis {
namespace {

std::vector<Facility>::iterator findFacility(std::vector<Facility>& list, const std::string& id) {
  return std::find_if(list.begin(), list.end(), [&](const Facility& f) { return f.id == id; });
}

core::Error notFound(const std::string& what, const std::string& id) {
  return core::Error{.code = core::ErrorCode::kNotFound,
                     .message = fmt::format("no facility with id '{}' to {}", id, what),
                     .feature = id,
                     .hint = "use an id of the service line's facility layer"};
}

// Everyone in the universe but not in the group; MOE of a difference.
Estimate others(const Estimate& group, const Estimate& universe) {
  if (group.missing || universe.missing) return Estimate::missingValue();
  return Estimate{std::max(0.0, universe.value - group.value), std::hypot(group.moe, universe.moe)};
}

UnitChange classify(double base, double scenario, double delta, double& change) {
  change = 0.0;
  if (std::isinf(base) && std::isinf(scenario)) return UnitChange::kUnchanged;
  if (std::isinf(scenario)) return UnitChange::kAdverse;
  if (std::isinf(base)) return UnitChange::kBenefit;
  change = scenario - base;
  if (change > delta) return UnitChange::kAdverse;
  if (change < -delta) return UnitChange::kBenefit;
  return UnitChange::kUnchanged;
}

void differenceTest(GroupImpact& g, const ImpactThresholds& t) {
  if (g.share_of_affected.missing || g.share_of_population.missing) return;
  g.difference = g.share_of_affected.value - g.share_of_population.value;
  g.difference_flag = *g.difference > t.difference_threshold;
  const auto test = testDifference(g.share_of_affected, g.share_of_population);
  g.difference_significant = test && test->significant;
  if (test) g.difference_z = test->z;
}

void fourFifthsTest(GroupImpact& g, const ImpactThresholds& t) {
  if (g.benefit_rate.missing || g.others_benefit_rate.missing || g.others_benefit_rate.value <= 0.0)
    return;
  g.benefit_ratio = g.benefit_rate.value / g.others_benefit_rate.value;
  g.four_fifths_flag = *g.benefit_ratio < t.four_fifths_threshold;
  const auto test = testDifference(g.benefit_rate, g.others_benefit_rate);
  g.ratio_significant = test && test->significant;
  if (test) g.ratio_z = test->z;
}

GroupImpact groupImpact(const GroupCounts& group,
                        const std::vector<UnitChange>& status,
                        const ImpactThresholds& thresholds) {
  std::vector<Estimate> affected, affected_universe, benefited, benefited_others, all_others;
  for (std::size_t i = 0; i < status.size(); ++i) {
    const Estimate& g = group.count[i];
    const Estimate& u = group.universe[i];
    const Estimate o = others(g, u);
    if (g.missing || u.missing) continue;
    all_others.push_back(o);
    if (status[i] == UnitChange::kAdverse) {
      affected.push_back(g);
      affected_universe.push_back(u);
    } else if (status[i] == UnitChange::kBenefit) {
      benefited.push_back(g);
      benefited_others.push_back(o);
    }
  }
  GroupImpact out{.id = group.id, .name = group.name};
  out.affected = sum(affected);
  out.benefited = sum(benefited);
  out.share_of_affected = proportion(out.affected, sum(affected_universe));
  out.share_of_population = proportion(sum(group.count), sum(group.universe));
  out.benefit_rate = proportion(out.benefited, sum(group.count));
  out.others_benefit_rate = proportion(sum(benefited_others), sum(all_others));
  differenceTest(out, thresholds);
  fourFifthsTest(out, thresholds);
  out.difference_statement = differenceStatement(out, thresholds, i18n::Language::kEnglish);
  out.four_fifths_statement = fourFifthsStatement(out, thresholds, i18n::Language::kEnglish);
  return out;
}

}  // namespace

void sortById(std::vector<Facility>& facilities) {
  std::stable_sort(facilities.begin(), facilities.end(), [](const Facility& a, const Facility& b) {
    return a.id < b.id;
  });
}

std::string mergedSystem(const std::string& system, const FacilityEdits& edits) {
  if (edits.merge_systems.size() < 2) return system;
  if (std::find(edits.merge_systems.begin(), edits.merge_systems.end(), system) ==
      edits.merge_systems.end())
    return system;
  return fmt::format("{}", fmt::join(edits.merge_systems, " + "));
}

core::Result<std::vector<Facility>> applyEdits(std::vector<Facility> facilities,
                                               const FacilityEdits& edits) {
  for (const std::string& id : edits.close) {
    auto it = findFacility(facilities, id);
    if (it == facilities.end()) return std::unexpected(notFound("close", id));
    facilities.erase(it);
  }
  for (const auto& [id, location] : edits.relocate) {
    auto it = findFacility(facilities, id);
    if (it == facilities.end()) return std::unexpected(notFound("relocate", id));
    it->location = location;
  }
  for (const Facility& added : edits.add) {
    if (findFacility(facilities, added.id) != facilities.end())
      return core::fail(core::ErrorCode::kInvalidData,
                        fmt::format("added facility id '{}' exists already", added.id));
    facilities.push_back(added);
  }
  for (Facility& facility : facilities) facility.system = mergedSystem(facility.system, edits);
  sortById(facilities);
  return facilities;
}

Impact assessImpact(const std::vector<double>& baseline_m,
                    const std::vector<double>& scenario_m,
                    const std::vector<GroupCounts>& groups,
                    const ImpactThresholds& thresholds) {
  Impact out;
  out.change_m.resize(baseline_m.size());
  out.status.resize(baseline_m.size());
  for (std::size_t i = 0; i < baseline_m.size(); ++i) {
    out.status[i] = classify(baseline_m[i], scenario_m[i], thresholds.delta_m, out.change_m[i]);
    if (out.status[i] == UnitChange::kAdverse) ++out.adverse_units;
    if (out.status[i] == UnitChange::kBenefit) ++out.benefit_units;
  }
  for (const GroupCounts& group : groups)
    out.groups.push_back(groupImpact(group, out.status, thresholds));
  return out;
}

const char* unitChangeName(UnitChange change) {
  switch (change) {
    case UnitChange::kAdverse:
      return "adverse";
    case UnitChange::kBenefit:
      return "benefit";
    case UnitChange::kUnchanged:
      break;
  }
  return "unchanged";
}

}  // namespace geo::analysis
