#pragma once

// Neighborhood card: the plain-language summary a resident reads after
// clicking a tract in presentation mode ("About 3,460 people live here").
// Text comes from the translation catalog (keys "card.*") in the language
// asked for. Estimates are ACS values with 90 % margins of error; an estimate
// whose reliability is low (CV > 40 %, geo/analysis/estimate.h) or unknown is
// worded as a rough fraction with an explicit warning instead of a precise
// number. Numbers use the US convention (1,234.5) in both languages, as
// Spanish-speaking readers in the US (and Puerto Rico) expect.
// Pure functions, thread safe.

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "geo/analysis/estimate.h"
#include "geo/i18n/catalog.h"

namespace geo::map {

struct MapLayer;

struct CardGroup {
  std::string indicator_id;  // e.g. "poverty_share"; named via "indicator.<id>"
  analysis::Estimate share;  // fraction 0..1 with its MOE
};

// Distance to the nearest facility, metres (from an analysis result).
struct CardAccess {
  std::optional<double> today_m;
  std::optional<double> proposal_m;
};

struct CardInput {
  std::string place;               // feature name shown as the title
  analysis::Estimate population;   // missing when the layer has no population
  std::vector<CardGroup> groups;
  CardAccess access;               // both empty when no analysis has run
};

struct NeighborhoodCard {
  std::string title;
  std::vector<std::string> lines;  // one sentence each
};

NeighborhoodCard neighborhoodCard(const CardInput& input, i18n::Language language);

// The card input for one row of a layer with built-in indicators: population
// from "total_population" and the shares of the groups listed in kCardGroups
// that the layer has. `place` is the feature's display name.
CardInput cardInputFor(const MapLayer& layer,
                       std::size_t row,
                       const std::string& place,
                       const CardAccess& access = {});

// The groups a card lists, in order.
const std::vector<std::string>& cardGroupIds();

// "3,456" (rounded to an integer, comma thousands separators).
std::string groupedInteger(double value);

}  // namespace geo::map
