#include "geo/map/recipe.h"

#include <gtest/gtest.h>

namespace geo::map {
namespace {

core::Result<Recipe> parse(const std::string& text) { return parseRecipe(text, "/projects/x.json"); }

TEST(Recipe, ResolvesPathsRelativeToTheRecipeFile) {
  auto r = parse(R"({"layers":[{"id":"t","source":"census/t.geojson",
                   "join":{"table":"census/acs.csv","key":"GEOID_COG"}}]})");
  ASSERT_TRUE(r) << r.error().toString();
  EXPECT_EQ(r->layers[0].source, "/projects/census/t.geojson");
  EXPECT_EQ(r->layers[0].join->table, "/projects/census/acs.csv");
  EXPECT_EQ(r->layers[0].join->table_key, "GEOID_COG");  // defaults to the layer key
  EXPECT_EQ(r->layers[0].title, "t");                    // defaults to the id
}

TEST(Recipe, NamedAnalysesResolveRelativeToTheRecipeFile) {
  auto r = parse(R"({"layers":[{"id":"t","source":"a"}],
                   "analyses":["analyses/libraries.json","/abs/fire.json"]})");
  ASSERT_TRUE(r) << r.error().toString();
  EXPECT_EQ(r->analyses,
            (std::vector<std::string>{"/projects/analyses/libraries.json", "/abs/fire.json"}));
  auto bad = parse(R"({"layers":[{"id":"t","source":"a"}],"analyses":"libraries.json"})");
  ASSERT_FALSE(bad);
  EXPECT_EQ(bad.error().field, "/analyses");
}

TEST(Recipe, InvalidJsonNamesTheFile) {
  auto r = parse("{\"layers\": [");
  ASSERT_FALSE(r);
  EXPECT_NE(r.error().toString().find("/projects/x.json"), std::string::npos);
  EXPECT_NE(r.error().message.find("not valid JSON"), std::string::npos);
}

TEST(Recipe, AMissingSourceNamesTheField) {
  auto r = parse(R"({"layers":[{"id":"t"}]})");
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().field, "/layers/0/source");
}

TEST(Recipe, ClassCountOutsideThreeToNineIsRefused) {
  auto r = parse(R"({"layers":[{"id":"t","source":"a","style":{"type":"choropleth",
                   "field":"v","classes":12}}]})");
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().field, "/layers/0/style/classes");
}

TEST(Recipe, AChoroplethWithoutFieldOrIndicatorIsRefused) {
  auto r = parse(R"({"layers":[{"id":"t","source":"a","style":{"type":"choropleth"}}]})");
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().field, "/layers/0/style");
}

TEST(Recipe, DuplicateLayerIdsAreRefused) {
  auto r = parse(R"({"layers":[{"id":"t","source":"a"},{"id":"t","source":"b"}]})");
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().field, "/layers/1/id");
}

TEST(Recipe, UnknownStyleTypeIsRefusedWithTheChoices) {
  auto r = parse(R"({"layers":[{"id":"t","source":"a","style":{"type":"heatmap"}}]})");
  ASSERT_FALSE(r);
  EXPECT_NE(r.error().message.find("choropleth"), std::string::npos);
}

TEST(Recipe, AMissingFileGivesAnIoErrorWithThePath) {
  auto r = readRecipe("/nonexistent/recipe.json");
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, core::ErrorCode::kIo);
  EXPECT_EQ(r.error().file, "/nonexistent/recipe.json");
}

}  // namespace
}  // namespace geo::map
