#pragma once

// Neighborhood card: the plain-language summary a resident reads after
// clicking a tract or a neighborhood ("About 3,460 people live here").
// Text comes from the translation catalog (keys "card.*") in the language
// asked for. Estimates are ACS values with 90 % margins of error; an estimate
// whose reliability is low (CV > 40 %, geo/analysis/estimate.h) or unknown is
// worded as a rough fraction with an explicit warning instead of a precise
// number. Numbers follow the language (geo/i18n/number_format.h): 3,460 and
// 1.2 km in English, 3.460 and 1,2 km in Spanish. A neighborhood's estimates
// are apportioned from tracts (geo/analysis/apportioned_indicators.h).
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

// Distance to the nearest facility, metres (from an analysis result; see
// geo/map/card_access.h). `averaged`: a population-weighted mean over several
// analysis units (a neighborhood), worded as an average.
struct CardAccess {
  std::optional<double> today_m;
  std::optional<double> proposal_m;
  bool averaged = false;
};

struct CardInput {
  std::string place;               // feature name shown as the title
  analysis::Estimate population;   // missing when the layer has no population
  std::vector<CardGroup> groups;
  CardAccess access;               // both empty when no analysis has run
  bool apportioned = false;        // estimates apportioned from overlapping tracts
};

struct NeighborhoodCard {
  std::string title;
  std::vector<std::string> lines;  // one sentence each
};

NeighborhoodCard neighborhoodCard(const CardInput& input, i18n::Language language);

// The card input for one row of a layer with built-in or apportioned
// indicators: population from "total_population" and the shares of the
// groups listed in cardGroupIds() that the layer has. `place` is the
// feature's display name.
CardInput cardInputFor(const MapLayer& layer,
                       std::size_t row,
                       const std::string& place,
                       const CardAccess& access = {});

// The groups a card lists, in order.
const std::vector<std::string>& cardGroupIds();

// "3,456" (English) or "3.456" (Spanish): rounded to an integer, grouped.
std::string groupedInteger(double value, i18n::Language language = i18n::Language::kEnglish);

}  // namespace geo::map
