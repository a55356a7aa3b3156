#include "geo/map/neighborhood_card.h"

#include <fmt/format.h>

#include <cmath>

#include "geo/map/map_document.h"

namespace geo::map {
namespace {

using analysis::Estimate;
using analysis::Reliability;
using i18n::Language;

std::string text(Language l, const std::string& key) { return i18n::tr(l, key); }

template <typename... Args>
std::string textf(Language l, const std::string& key, Args&&... args) {
  return fmt::format(fmt::runtime(i18n::tr(l, key)), std::forward<Args>(args)...);
}

// Low and unknown reliability (CV > 40 % or a zero estimate) are worded as
// unreliable: a number would look more precise than the survey is.
bool unreliable(const Estimate& e) {
  const Reliability r = analysis::reliability(e);
  return r == Reliability::kLow || r == Reliability::kUnknown;
}

double roundTo(double value, double step) { return std::round(value / step) * step; }

std::string percent(Language l, double fraction) {
  return textf(l, "card.percent", fmt::format("{:.0f}", fraction * 100));
}

// "about 1 in 5", "more than half", "very few" for an unreliable share.
std::string roughShare(Language l, double share) {
  if (share >= 0.5) return text(l, "card.rough.most");
  if (share < 0.02) return text(l, "card.rough.few");
  return textf(l, "card.rough.one_in", std::lround(1.0 / share));
}

std::string populationLine(Language l, const Estimate& e) {
  if (e.missing) return text(l, "card.population.none");
  const double people = roundTo(e.value, 10);
  if (unreliable(e)) return textf(l, "card.population.unreliable", groupedInteger(people));
  return textf(
      l, "card.population", groupedInteger(people), groupedInteger(roundTo(e.moe, 10)));
}

std::string groupLine(Language l, const CardGroup& g) {
  const std::string& name = i18n::tr(l, "indicator." + g.indicator_id);
  if (g.share.missing) return textf(l, "card.group.none", name);
  if (unreliable(g.share))
    return textf(l, "card.group.unreliable", name, roughShare(l, g.share.value));
  return textf(l,
               "card.group",
               name,
               percent(l, g.share.value),
               fmt::format("{:.0f}", g.share.moe * 100));
}

std::string distance(double metres) { return fmt::format("{:.1f}", metres / 1000.0); }

}  // namespace

std::string groupedInteger(double value) {
  const long long n = std::llround(value);
  const std::string digits = std::to_string(n < 0 ? -n : n);
  // Built by appending: GCC 12 warns falsely (-Wrestrict) on string::insert here.
  std::string out;
  if (n < 0) out.push_back('-');
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out.push_back(',');
    out.push_back(digits[i]);
  }
  return out;
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

  const CardAccess& a = input.access;
  if (a.today_m) card.lines.push_back(textf(language, "card.access.today", distance(*a.today_m)));
  if (a.proposal_m)
    card.lines.push_back(textf(language, "card.access.proposal", distance(*a.proposal_m)));
  if (!a.today_m && !a.proposal_m) card.lines.push_back(text(language, "card.access.none"));
  return card;
}

CardInput cardInputFor(const MapLayer& layer,
                       std::size_t row,
                       const std::string& place,
                       const CardAccess& access) {
  CardInput input{.place = place, .population = Estimate::missingValue(), .groups = {},
                  .access = access};
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
