#pragma once

// Scenarios and who is affected (METHODS.md section 9).
//
// A scenario edits a service line's facilities: close some, add new ones,
// relocate some, merge systems (units of the merged systems may then use every
// facility of any of them), or swap the set of service areas (handled by the
// caller, which apportions again with the new areas). Baseline and scenario are
// computed on the same units in the same analysis CRS.
//
// Per unit: change = d(scenario) - d(baseline) in metres. Adversely affected
// when change > delta, benefited when change < -delta. A unit that loses its
// last usable facility is adversely affected; one that gains one benefits; one
// without a facility in both is unchanged.
//
// For each group: people affected and benefited (ACS estimates), the group's
// share of all affected people and of the study population, and two tests:
//  - difference test: share among the adversely affected minus share of the
//    population > difference_threshold (0.10 = 10 percentage points) raises a flag;
//  - four-fifths test: benefit rate of the group / benefit rate of everyone else
//    < four_fifths_threshold (0.8) raises a flag (not run when nobody benefits).
// Each result states its numbers and whether the difference is statistically
// significant at 90 % given the MOEs (testDifference).
// Pure functions, thread safe.

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "geo/analysis/equity.h"
#include "geo/analysis/estimate.h"
#include "geo/core/error.h"
#include "geo/core/geometry.h"

namespace geo::analysis {

struct Facility {
  std::string id;  // unique within the service line; ties in access go to the smallest
  std::string name;
  core::Vec2 location;  // analysis CRS
  std::string system;   // "" = open to all units
};

struct FacilityEdits {
  std::vector<std::string> close;                            // facility ids
  std::vector<Facility> add;                                 // ids must be new
  std::vector<std::pair<std::string, core::Vec2>> relocate;  // id -> new location
  std::vector<std::string> merge_systems;                    // systems that become one
  bool empty() const {
    return close.empty() && add.empty() && relocate.empty() && merge_systems.size() < 2;
  }
};

// The facilities after the edits, sorted by id, and the name of the merged
// system ("A + B"); unit systems are mapped with mergedSystem(). Fails with
// kNotFound naming an id to close or relocate that does not exist, or
// kInvalidData for an added id that exists already.
core::Result<std::vector<Facility>> applyEdits(std::vector<Facility> facilities,
                                               const FacilityEdits& edits);
// `system` after the merge of `edits.merge_systems` (unchanged when not merged).
std::string mergedSystem(const std::string& system, const FacilityEdits& edits);
// Sorts by id (the tie rule of access relies on it).
void sortById(std::vector<Facility>& facilities);

struct ImpactThresholds {
  double delta_m = 250.0;
  double difference_threshold = 0.10;
  double four_fifths_threshold = 0.8;
};

enum class UnitChange { kUnchanged, kAdverse, kBenefit };

struct GroupImpact {
  std::string id;
  std::string name;
  Estimate affected;  // group members in adversely affected units
  Estimate benefited;
  Estimate share_of_affected;        // affected / all affected (same universe)
  Estimate share_of_population;      // group / universe
  std::optional<double> difference;  // share_of_affected - share_of_population
  bool difference_flag = false;
  bool difference_significant = false;
  std::optional<double> difference_z;  // Z of the difference (METHODS.md section 3)
  Estimate benefit_rate;         // benefited / group
  Estimate others_benefit_rate;  // benefited others / others
  std::optional<double> benefit_ratio;
  bool four_fifths_flag = false;
  bool ratio_significant = false;
  std::optional<double> ratio_z;  // Z of benefit_rate vs others_benefit_rate
  // The tests in English with their numbers (geo/analysis/impact_text.h
  // words them in any catalog language).
  std::string difference_statement;
  std::string four_fifths_statement;
};

struct Impact {
  std::vector<double> change_m;    // per unit; 0 when unchanged or both infinite
  std::vector<UnitChange> status;  // per unit
  std::vector<GroupImpact> groups;
  std::size_t adverse_units = 0;
  std::size_t benefit_units = 0;
};

Impact assessImpact(const std::vector<double>& baseline_m,
                    const std::vector<double>& scenario_m,
                    const std::vector<GroupCounts>& groups,
                    const ImpactThresholds& thresholds);

const char* unitChangeName(UnitChange change);  // "unchanged", "adverse", "benefit"

}  // namespace geo::analysis
