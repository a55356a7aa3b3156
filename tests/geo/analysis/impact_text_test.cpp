// The sentences that explain the difference and four-fifths tests, worded in
// English and Spanish from the catalog, on a worked example computed by hand.

#include "geo/analysis/impact_text.h"

#include <gtest/gtest.h>

namespace geo::analysis {
namespace {

using i18n::Language;

// Three units of 100 people each (universe exact). Distances 500 -> 1500 m
// (unit 0, adverse), 500 -> 500 (unit 1), 1500 -> 500 (unit 2, benefits).
// Group: 70 ± 10, 30 ± 10, 10 ± 5.
//   share of affected   = 70 / 100 = 70.0 % ± 10.0
//   share of population = 110 ± 15 / 300 = 36.7 % ± 5.0  -> +33.3 points > 10: flag
//   Z = 0.3333 / sqrt((0.10/1.645)² + (0.05/1.645)²) = 4.90
//   benefit rate  = 10 ± 5 / 110 ± 15: 9.1 % ± sqrt(25 − 0.0909²·225)/110 = 4.4
//   others: 30 ± 10, 70 ± 10, 90 ± 5 (MOE of u − g = hypot); benefit 90 ± 5 of
//   190 ± 15 = 47.4 %, radicand 25 − 0.4737²·225 < 0 -> ratio form: ± 4.6
//   ratio 0.0909 / 0.4737 = 0.192 < 0.80: flag;
//   Z = 0.3828 / sqrt((0.04373/1.645)² + (0.04573/1.645)²) = 9.95
ServiceLineResult workedLine() {
  GroupCounts group{.id = "latino",
                    .name = "Latino residents",
                    .count = {{70, 10}, {30, 10}, {10, 5}},
                    .universe = {{100, 0}, {100, 0}, {100, 0}}};
  ServiceLineResult line;
  line.impact = assessImpact({500, 500, 1500}, {1500, 500, 500}, {group}, ImpactThresholds{});
  return line;
}

AnalysisDefinition definition() {
  AnalysisDefinition d;
  d.groups = {GroupSpec{.id = "latino", .name = "Latino residents", .indicator = "hispanic_share"}};
  return d;
}

TEST(ImpactText, TheDifferenceTestReadsTheWorkedExampleInBothLanguages) {
  const GroupImpact& g = workedLine().impact.groups.at(0);
  EXPECT_EQ(differenceStatement(g, {}, Language::kEnglish),
            "Flag: 70.0 % (± 10.0) of those adversely affected belong to this group, "
            "against 36.7 % (± 5.0) of the whole population: a difference of +33.3 percentage "
            "points (threshold: 10.0). The difference is statistically significant at the 90 % "
            "level (Z = 4.90).");
  EXPECT_EQ(differenceStatement(g, {}, Language::kSpanish),
            "Alerta: el 70,0 % (± 10,0) de los afectados negativamente pertenece a este grupo, "
            "frente al 36,7 % (± 5,0) de toda la población: una diferencia de +33,3 puntos "
            "porcentuales (umbral: 10,0). La diferencia es estadísticamente significativa al "
            "nivel del 90 % (Z = 4,90).");
}

TEST(ImpactText, TheFourFifthsTestReadsTheWorkedExampleInBothLanguages) {
  const GroupImpact& g = workedLine().impact.groups.at(0);
  EXPECT_EQ(fourFifthsStatement(g, {}, Language::kEnglish),
            "Flag: 9.1 % (± 4.4) of this group benefit, against 47.4 % (± 4.6) of everyone "
            "else: a ratio of 0.192, below the four-fifths threshold of 0.80. The difference is "
            "statistically significant at the 90 % level (Z = 9.95).");
  EXPECT_EQ(fourFifthsStatement(g, {}, Language::kSpanish),
            "Alerta: el 9,1 % (± 4,4) de este grupo se beneficia, frente al 47,4 % (± 4,6) del "
            "resto de la población: una razón de 0,192, por debajo del umbral de cuatro quintos "
            "de 0,80. La diferencia es estadísticamente significativa al nivel del 90 % "
            "(Z = 9,95).");
}

TEST(ImpactText, FlagsNameTheGroupInTheLanguageOfTheReader) {
  const auto line = workedLine();
  const auto en = flagSentences(line, definition(), Language::kEnglish);
  const auto es = flagSentences(line, definition(), Language::kSpanish);
  ASSERT_EQ(en.size(), 2u);
  ASSERT_EQ(es.size(), 2u);
  // English keeps the definition's own name; Spanish uses the catalog's.
  EXPECT_EQ(en[0].rfind("Latino residents (difference test): Flag: 70.0 %", 0), 0u) << en[0];
  EXPECT_EQ(en[1].rfind("Latino residents (four-fifths test): Flag: 9.1 %", 0), 0u) << en[1];
  EXPECT_EQ(es[0].rfind("Hispanos o latinos (prueba de diferencia): Alerta: el 70,0 %", 0), 0u)
      << es[0];
  EXPECT_EQ(es[1].rfind("Hispanos o latinos (prueba de los cuatro quintos): Alerta: el 9,1 %", 0),
            0u)
      << es[1];
}

TEST(ImpactText, TheAnalysisKeepsTheEnglishSentences) {
  const GroupImpact& g = workedLine().impact.groups.at(0);
  EXPECT_EQ(g.difference_statement, differenceStatement(g, {}, Language::kEnglish));
  EXPECT_EQ(g.four_fifths_statement, fourFifthsStatement(g, {}, Language::kEnglish));
  ASSERT_TRUE(g.difference_z);
  EXPECT_NEAR(*g.difference_z, 4.9044, 1e-4);
  ASSERT_TRUE(g.ratio_z);
  EXPECT_NEAR(*g.ratio_z, 9.9516, 1e-4);
}

TEST(ImpactText, ATestThatCannotRunSaysWhyInBothLanguages) {
  GroupCounts group{.id = "g", .name = "G", .count = {{10, 1}}, .universe = {{100, 0}}};
  const Impact impact = assessImpact({500}, {500}, {group}, ImpactThresholds{});  // nobody moves
  const GroupImpact& g = impact.groups.at(0);
  EXPECT_EQ(differenceStatement(g, {}, Language::kEnglish),
            "Difference test not run: nobody is adversely affected, or the group has no data.");
  EXPECT_EQ(fourFifthsStatement(g, {}, Language::kSpanish),
            "Prueba de los cuatro quintos no realizada: nadie más se beneficia o no hay datos.");
}

TEST(ImpactText, GroupsWithoutABuiltInIndicatorKeepTheirOwnName) {
  AnalysisDefinition d;
  d.groups = {GroupSpec{.id = "custom", .name = "Seniors living alone", .columns = {"B09021_002"}}};
  EXPECT_EQ(groupName(d, "custom", "x", Language::kSpanish), "Seniors living alone");
  EXPECT_EQ(groupName(d, "unknown", "Fallback", Language::kSpanish), "Fallback");
}

}  // namespace
}  // namespace geo::analysis
