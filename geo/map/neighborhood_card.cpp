#include "geo/map/neighborhood_card.h"

#include <fmt/format.h>

#include <cmath>

#include "geo/i18n/number_format.h"
#include "geo/map/map_document.h"

namespace geo::map {
namespace {

using analysis::Estimate;
using analysis::Reliability;
using i18n::Language;

std::string text(Language l, const std::string& key) { return i18n::tr(l, key); }

// Low and unknown reliability (CV > 40 % or a zero estimate) are worded as
// unreliable: a number would look more precise than the survey is.
bool unreliable(const Estimate& e) {
  const Reliability r = analysis::reliability(e);
  return r == Reliability::kLow || r == Reliability::kUnknown;
}

double roundTo(double value, double step) { return std::round(value / step) * step; }

std::string percent(Language l, double fraction) {
  return i18n::trf(l, "card.percent", i18n::formatNumber(fraction * 100, 0, l));
}

// "about 1 in 5", "more than half", "very few" for an unreliable share.
std::string roughShare(Language l, double share) {
  if (share >= 0.5) return text(l, "card.rough.most");
  if (share < 0.02) return text(l, "card.rough.few");
  return i18n::trf(l, "card.rough.one_in", std::lround(1.0 / share));
}

std::string populationLine(Language l, const Estimate& e) {
  if (e.missing) return text(l, "card.population.none");
  const double people = roundTo(e.value, 10);
  if (unreliable(e)) return i18n::trf(l, "card.population.unreliable", groupedInteger(people, l));
  return i18n::trf(
      l, "card.population", groupedInteger(people, l), groupedInteger(roundTo(e.moe, 10), l));
}

std::string groupLine(Language l, const CardGroup& g) {
  const std::string& name = i18n::tr(l, "indicator." + g.indicator_id);
  if (g.share.missing) return i18n::trf(l, "card.group.none", name);
  if (unreliable(g.share))
    return i18n::trf(l, "card.group.unreliable", name, roughShare(l, g.share.value));
  return i18n::trf(l,
                   "card.group",
                   name,
                   percent(l, g.share.value),
                   i18n::formatNumber(g.share.moe * 100, 0, l));
}

std::string distance(Language l, double metres) {
  return i18n::formatNumber(metres / 1000.0, 1, l);
}

void accessLines(Language l, const CardAccess& a, std::vector<std::string>& lines) {
  if (!a.today_m && !a.proposal_m) {
    lines.push_back(text(l, "card.access.none"));
    return;
  }
  const std::string suffix = a.averaged ? ".average" : "";
  if (a.today_m)
    lines.push_back(i18n::trf(l, "card.access.today" + suffix, distance(l, *a.today_m)));
  if (a.proposal_m)
    lines.push_back(i18n::trf(l, "card.access.proposal" + suffix, distance(l, *a.proposal_m)));
}

}  // namespace

std::string groupedInteger(double value, Language language) {
  return i18n::formatNumber(value, 0, language);
}

const std::vector<std::string>& cardGroupIds() {
  static const std::vector<std::string> ids = {"hispanic_share",
                                               "black_nh_share",
                                               "white_nh_share",
                                               "asian_nh_share",
                                               "poverty_share",
                                               "no_vehicle_share"};
  return ids;
}

NeighborhoodCard neighborhoodCard(const CardInput& input, Language language) {
  NeighborhoodCard card{.title = input.place, .lines = {}};
  card.lines.push_back(populationLine(language, input.population));
  for (const auto& group : input.groups) card.lines.push_back(groupLine(language, group));
  if (input.apportioned) card.lines.push_back(text(language, "card.estimated_from"));

  accessLines(language, input.access, card.lines);
  return card;
}

CardInput cardInputFor(const MapLayer& layer,
                       std::size_t row,
                       const std::string& place,
                       const CardAccess& access) {
  CardInput input{.place = place,
                  .population = Estimate::missingValue(),
                  .groups = {},
                  .access = access,
                  .apportioned = !layer.spec.indicators_from.empty()};
  auto value = [&](const std::string& id) -> std::optional<Estimate> {
    auto it = layer.indicators.find(id);
    if (it == layer.indicators.end() || row >= it->second.size()) return std::nullopt;
    return it->second[row];
  };
  if (auto population = value("total_population")) input.population = *population;
  for (const auto& id : cardGroupIds())
    if (auto share = value(id)) input.groups.push_back({id, *share});
  return input;
}

}  // namespace geo::map
