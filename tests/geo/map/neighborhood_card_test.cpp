#include "geo/map/neighborhood_card.h"

#include <gtest/gtest.h>

#include "geo/map/map_document.h"

namespace geo::map {
namespace {

using analysis::Estimate;
using i18n::Language;

// Worked example. CV = MOE / 1.645 / estimate:
//   population 3456 ± 412      -> CV 0.072 (high)   -> rounded to 3,460 ± 410
//   Hispanic share 0.62 ± 0.05 -> CV 0.049 (high)   -> 62 % ± 5 points
//   poverty share 0.234 ± 0.061-> CV 0.158 (medium) -> 23 % ± 6 points
//   Asian share 0.19 ± 0.15    -> CV 0.480 (low)    -> "about 1 in 5" (1 / 0.19 = 5.3)
CardInput workedExample() {
  return CardInput{
      .place = "Tract 5003",
      .population = Estimate{.value = 3456, .moe = 412},
      .groups = {{"hispanic_share", Estimate{.value = 0.62, .moe = 0.05}},
                 {"poverty_share", Estimate{.value = 0.234, .moe = 0.061}},
                 {"asian_nh_share", Estimate{.value = 0.19, .moe = 0.15}}},
      .access = {.today_m = 1234.0, .proposal_m = 800.0},
  };
}

TEST(NeighborhoodCard, ReadsTheWorkedExampleInEnglish) {
  const auto card = neighborhoodCard(workedExample(), Language::kEnglish);
  EXPECT_EQ(card.title, "Tract 5003");
  const std::vector<std::string> expected = {
      "About 3,460 people live here (± 410).",
      "Share Hispanic or Latino: 62% (± 5 points).",
      "Share below the poverty level: 23% (± 6 points).",
      "Share Asian, not Hispanic: about 1 in 5, but this estimate is unreliable.",
      "Distance to the nearest facility today: 1.2 km.",
      "Under the proposal: 0.8 km.",
  };
  EXPECT_EQ(card.lines, expected);
}

TEST(NeighborhoodCard, ReadsTheWorkedExampleInSpanish) {
  const auto card = neighborhoodCard(workedExample(), Language::kSpanish);
  const std::vector<std::string> expected = {
      "Aquí viven unas 3.460 personas (± 410).",
      "Proporción hispana o latina: 62 % (± 5 puntos).",
      "Proporción bajo el nivel de pobreza: 23 % (± 6 puntos).",
      "Proporción asiática, no hispana: cerca de 1 de cada 5, pero esta estimación no es fiable.",
      "Distancia a la instalación más cercana hoy: 1,2 km.",
      "Con la propuesta: 0,8 km.",
  };
  EXPECT_EQ(card.lines, expected);
}

TEST(NeighborhoodCard, AnUnreliablePopulationIsNotGivenAMargin) {
  // 120 ± 90: CV = 90 / 1.645 / 120 = 0.456 > 0.40.
  CardInput input{.place = "Tract 9", .population = Estimate{.value = 120, .moe = 90}};
  const auto en = neighborhoodCard(input, Language::kEnglish);
  const auto es = neighborhoodCard(input, Language::kSpanish);
  EXPECT_EQ(en.lines.front(), "About 120 people live here, but this estimate is unreliable.");
  EXPECT_EQ(es.lines.front(), "Aquí viven unas 120 personas, pero esta estimación no es fiable.");
}

TEST(NeighborhoodCard, WithoutAnAnalysisItSaysWhereDistancesWillAppear) {
  CardInput input{.place = "x", .population = Estimate{.value = 1000, .moe = 50}};
  const auto card = neighborhoodCard(input, Language::kEnglish);
  ASSERT_EQ(card.lines.size(), 2u);
  EXPECT_EQ(card.lines[1],
            "Distances to facilities appear here after an access analysis is run.");
}

TEST(NeighborhoodCard, AZeroShareWithAMarginIsWordedAsUnreliable) {
  // A zero estimate has no CV (reliability unknown), so no "0 % ± 4" is shown.
  CardInput input{.place = "x",
                  .population = Estimate::missingValue(),
                  .groups = {{"asian_nh_share", Estimate{.value = 0.0, .moe = 0.04}}}};
  const auto card = neighborhoodCard(input, Language::kEnglish);
  EXPECT_EQ(card.lines[0], "There is no population estimate for this area.");
  EXPECT_EQ(card.lines[1], "Share Asian, not Hispanic: very few, but this estimate is unreliable.");
}

TEST(NeighborhoodCard, TakesTheRowsEstimatesFromTheLayersIndicators) {
  MapLayer layer;
  layer.indicators["total_population"] = {Estimate{.value = 10, .moe = 1},
                                          Estimate{.value = 2000, .moe = 100}};
  layer.indicators["poverty_share"] = {Estimate{.value = 0.1, .moe = 0.01},
                                       Estimate{.value = 0.3, .moe = 0.02}};
  const auto input = cardInputFor(layer, 1, "B");
  EXPECT_EQ(input.place, "B");
  EXPECT_DOUBLE_EQ(input.population.value, 2000);
  ASSERT_EQ(input.groups.size(), 1u);
  EXPECT_EQ(input.groups[0].indicator_id, "poverty_share");
  EXPECT_DOUBLE_EQ(input.groups[0].share.value, 0.3);
}

TEST(NeighborhoodCard, GroupsThousandsWithCommasInEnglishAndPointsInSpanish) {
  EXPECT_EQ(groupedInteger(1234567.4), "1,234,567");
  EXPECT_EQ(groupedInteger(999), "999");
  EXPECT_EQ(groupedInteger(-1000), "-1,000");
  EXPECT_EQ(groupedInteger(1234567.4, Language::kSpanish), "1.234.567");
  EXPECT_EQ(groupedInteger(-1000, Language::kSpanish), "-1.000");
}

TEST(NeighborhoodCard, AnAreaOfSeveralUnitsGivesAverageDistancesAndSaysWhereEstimatesComeFrom) {
  CardInput input{.place = "Asylum Hill",
                  .population = Estimate{.value = 9701.2, .moe = 640},
                  .access = {.today_m = 1049.6, .proposal_m = 1250.4, .averaged = true},
                  .apportioned = true};
  const auto en = neighborhoodCard(input, Language::kEnglish);
  const std::vector<std::string> expected_en = {
      "About 9,700 people live here (± 640).",
      "Estimated from the census tracts that overlap this area, in proportion to their area.",
      "Average distance to the nearest facility today for people living here: 1.0 km.",
      "Under the proposal: 1.3 km on average.",
  };
  EXPECT_EQ(en.lines, expected_en);
  const auto es = neighborhoodCard(input, Language::kSpanish);
  const std::vector<std::string> expected_es = {
      "Aquí viven unas 9.700 personas (± 640).",
      "Estimado a partir de los sectores censales que se superponen con esta zona, en "
      "proporción a su superficie.",
      "Distancia promedio a la instalación más cercana hoy para quienes viven aquí: 1,0 km.",
      "Con la propuesta: 1,3 km en promedio.",
  };
  EXPECT_EQ(es.lines, expected_es);
}

}  // namespace
}  // namespace geo::map
