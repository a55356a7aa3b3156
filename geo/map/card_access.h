#pragma once

// The distances a neighborhood card shows, from an equity analysis on the map.
//
// `units` is an equity units layer (geo/map/equity_layers.h: fields
// baseline_m, scenario_m and population; `data` in the analysis CRS). For row
// `row` of any polygon layer with a CRS, each unit i gets the weight w_i =
// area(U_i ∩ feature) / area(U_i), computed in the analysis CRS (METHODS.md
// section 6), and the card distance is the population-weighted mean of the
// units' distances (section 8) with the apportioned populations w_i·P_i:
//   D = Σ w_i·P_i·d_i / Σ w_i·P_i,   for today (baseline) and the proposal.
// A feature that is itself one of the units (a tract, when the analysis ran
// on tracts) gets that unit's own distance. Units without a distance (no
// facility in reach) or without population are left out; a distance is
// nullopt when nothing is left. CardAccess::averaged is false when one unit
// carries at least 99 % of the weighted population.
//
// Fails with kNotFound when `units` lacks one of the fields, kCrs when the
// feature cannot be transformed into the analysis CRS, kGeometry when the
// overlay fails. Pure function, thread safe.

#include <cstddef>

#include "geo/core/error.h"
#include "geo/map/map_document.h"
#include "geo/map/neighborhood_card.h"

namespace geo::map {

core::Result<CardAccess> cardAccessFor(const MapLayer& units,
                                       const MapLayer& layer,
                                       std::size_t row);

// True for a layer made by equityUnitsLayer (it has the fields named above).
bool isEquityUnitsLayer(const MapLayer& layer);

}  // namespace geo::map
