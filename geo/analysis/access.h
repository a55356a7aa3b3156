#pragma once

// Access distance (METHODS.md section 7): the straight-line distance from each
// unit's representative point to the nearest facility it may use, in the
// analysis CRS (metres).
//
// Eligibility: a facility may belong to a "system" (e.g. the library system of
// one town) and a unit to the system that serves it. When both are given and
// both are non-empty, a unit may only use facilities of its own system; an empty
// system on either side means "open to all". This is how a merger of two
// systems is modelled (see scenario.h).
//
// Ties: among facilities at exactly the same distance the one with the smallest
// index wins (callers order facilities by id, so this is the smallest id); each
// unit is counted once. A unit with no usable facility (or a NaN point) gets an
// infinite distance and facility -1. A uniform grid index over the facilities
// makes each query touch only nearby cells. Pure and thread safe.

#include <cstddef>
#include <limits>
#include <string>
#include <vector>

#include "geo/core/error.h"
#include "geo/core/geometry.h"
#include "geo/core/progress.h"

namespace geo::analysis {

struct UnitAccess {
  double distance_m = std::numeric_limits<double>::infinity();
  std::ptrdiff_t facility = -1;  // index into the facility list, -1 = none usable
};

struct AccessInput {
  std::vector<core::Vec2> points;             // one representative point per unit
  std::vector<std::string> unit_systems;      // empty vector = every unit may use every facility
  std::vector<core::Vec2> facilities;         // locations, ordered by facility id
  std::vector<std::string> facility_systems;  // empty vector = every facility open to all
};

// Fails only with kCancelled (progress cancelled) or kInvalidData (system
// vectors whose size does not match their points).
core::Result<std::vector<UnitAccess>> nearestFacilities(const AccessInput& input,
                                                        core::Progress* progress = nullptr);

}  // namespace geo::analysis
