#include "geo/analysis/analysis_definition_json.h"

#include <gtest/gtest.h>

namespace geo::analysis {
namespace {

const std::string kLibraries = std::string(EQUIMAP_SOURCE_DIR) + "/data/analyses/libraries.json";

TEST(AnalysisDefinitionJson, TheBundledDefinitionReadsBackTheSame) {
  auto original = readAnalysisDefinition(kLibraries);
  ASSERT_TRUE(original) << original.error().toString();
  const std::string text = analysisDefinitionJson(*original);
  auto again = parseAnalysisDefinition(text, "/elsewhere/stored.json");
  ASSERT_TRUE(again) << again.error().toString();
  EXPECT_EQ(analysisDefinitionJson(*again), text);

  EXPECT_EQ(again->units.source, original->units.source);  // absolute, not re-anchored
  EXPECT_EQ(again->units.join->table_key, "GEOID_COG");
  EXPECT_EQ(again->unit_system_field, "town");
  ASSERT_EQ(again->groups.size(), 6u);
  EXPECT_EQ(again->groups[5].indicator, "no_vehicle_share");
  ASSERT_EQ(again->service_lines.size(), 2u);
  const auto& libraries = again->service_lines[0].scenario;
  EXPECT_EQ(libraries.close, std::vector<std::string>{"Mark Twain Branch Library"});
  EXPECT_EQ(libraries.merge_systems, (std::vector<std::string>{"Hartford", "East Hartford"}));
  EXPECT_EQ(again->service_lines[1].service_areas.method, AreaMethod::kBuffer);
  EXPECT_DOUBLE_EQ(again->service_lines[1].service_areas.distance_m, 800.0);
  EXPECT_EQ(again->service_lines[1].scenario.service_areas->method, AreaMethod::kNearest);
}

TEST(AnalysisDefinitionJson, ScenarioEditsAndGivenAreasReadBack) {
  auto d = readAnalysisDefinition(kLibraries);
  ASSERT_TRUE(d);
  auto& line = d->service_lines[0];
  line.scenario.add.push_back({"proposed 1", "proposed 1", -72.68, 41.76, ""});
  line.scenario.relocate.push_back({"Park Branch Library", "", -72.69, 41.75, ""});
  line.service_areas = {.method = AreaMethod::kGiven,
                        .given = {.source = "/data/areas.geojson"},
                        .id_field = "area"};
  d->groups.push_back({.id = "kids", .name = "Under 5", .columns = {"B01001_003", "B01001_027"},
                       .universe = {"B01001_001"}});
  auto again = parseAnalysisDefinition(analysisDefinitionJson(*d), "stored.json");
  ASSERT_TRUE(again) << again.error().toString();
  const auto& back = again->service_lines[0];
  ASSERT_EQ(back.scenario.add.size(), 1u);
  EXPECT_DOUBLE_EQ(back.scenario.add[0].lon, -72.68);
  EXPECT_EQ(back.scenario.relocate[0].id, "Park Branch Library");
  EXPECT_EQ(back.service_areas.method, AreaMethod::kGiven);
  EXPECT_EQ(back.service_areas.given.source, "/data/areas.geojson");
  EXPECT_EQ(back.service_areas.id_field, "area");
  EXPECT_EQ(again->groups.back().columns, (std::vector<std::string>{"B01001_003", "B01001_027"}));
  EXPECT_EQ(again->groups.back().universe, std::vector<std::string>{"B01001_001"});
}

}  // namespace
}  // namespace geo::analysis
