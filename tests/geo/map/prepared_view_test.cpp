#include "geo/map/prepared_view.h"

#include <gtest/gtest.h>

#include <filesystem>

namespace geo::map {
namespace {

const char* kRecipe = R"({
  "name": "t",
  "layers": [ { "id": "towns", "source": "towns.geojson" } ],
  "views": [
    { "id": "a", "title": { "en": "Poverty", "es": "Pobreza" },
      "zoom": { "layer": "towns", "filter": { "field": "NAME", "values": ["Hartford"] } },
      "visible": ["towns"], "style": { "layer": "towns", "indicator": "poverty_share" },
      "scenario": "proposal" },
    { "id": "b" }
  ]
})";

TEST(PreparedView, ARecipeReadsItsViewsWithTitlesZoomLayersStyleAndScenario) {
  auto recipe = parseRecipe(kRecipe, "/tmp/t.recipe.json");
  ASSERT_TRUE(recipe) << recipe.error().toString();
  ASSERT_EQ(recipe->views.size(), 2u);
  const PreparedView& a = recipe->views[0];
  EXPECT_EQ(a.title("es"), "Pobreza");
  EXPECT_EQ(a.title("en"), "Poverty");
  EXPECT_EQ(a.zoom.layer, "towns");
  ASSERT_TRUE(a.zoom.filter);
  EXPECT_EQ(a.zoom.filter->values, std::vector<std::string>{"Hartford"});
  EXPECT_EQ(a.visible, std::vector<std::string>{"towns"});
  EXPECT_EQ(a.indicator, "poverty_share");
  EXPECT_TRUE(a.proposal);
  EXPECT_EQ(recipe->views[1].title("es"), "b");  // no title: the id
  EXPECT_FALSE(recipe->views[1].proposal);
}

TEST(PreparedView, ARecipeWithoutViewsHasNone) {
  auto recipe = parseRecipe(R"({"layers":[{"id":"x","source":"x.geojson"}]})", "/tmp/r.json");
  ASSERT_TRUE(recipe);
  EXPECT_TRUE(recipe->views.empty());
}

TEST(PreparedView, ABadScenarioNamesTheField) {
  auto views = parsePreparedViews(R"([{"id":"a","scenario":"tomorrow"}])", "r.json");
  ASSERT_FALSE(views);
  EXPECT_EQ(views.error().field, "/views/0/scenario");
  EXPECT_EQ(views.error().file, "r.json");
}

TEST(PreparedView, WritingAndReadingGivesTheSameViews) {
  auto recipe = parseRecipe(kRecipe, "/tmp/t.recipe.json");
  ASSERT_TRUE(recipe);
  auto again = parsePreparedViews(preparedViewsToJson(recipe->views), "x");
  ASSERT_TRUE(again) << again.error().toString();
  ASSERT_EQ(again->size(), 2u);
  EXPECT_EQ((*again)[0].titles, recipe->views[0].titles);
  EXPECT_EQ((*again)[0].zoom.filter->field, "NAME");
  EXPECT_EQ((*again)[0].indicator, "poverty_share");
  EXPECT_TRUE((*again)[0].proposal);
}

TEST(PreparedView, AnExtentInDegreesIsReadAndWrittenBack) {
  auto views = parsePreparedViews(R"([{"id":"a","extent":[-72.7, 41.75, -72.65, 41.78]}])", "r");
  ASSERT_TRUE(views) << views.error().toString();
  ASSERT_TRUE((*views)[0].extent_lonlat);
  EXPECT_DOUBLE_EQ((*views)[0].extent_lonlat->min_x, -72.7);
  EXPECT_DOUBLE_EQ((*views)[0].extent_lonlat->max_y, 41.78);
  auto again = parsePreparedViews(preparedViewsToJson(*views), "r");
  ASSERT_TRUE(again);
  ASSERT_TRUE((*again)[0].extent_lonlat);
  EXPECT_DOUBLE_EQ((*again)[0].extent_lonlat->max_x, -72.65);
  EXPECT_DOUBLE_EQ((*again)[0].extent_lonlat->min_y, 41.75);
}

TEST(PreparedView, AnExtentWithWestEastSwappedNamesTheField) {
  auto views = parsePreparedViews(R"([{"id":"a","extent":[-72.6, 41.75, -72.7, 41.78]}])", "r");
  ASSERT_FALSE(views);
  EXPECT_EQ(views.error().field, "/views/0/extent");
}

TEST(PreparedView, TheBundledRecipeShipsFiveViewsInBothLanguages) {
  auto recipe = readRecipe(std::string(EQUIMAP_SOURCE_DIR) + "/data/hartford.recipe.json");
  ASSERT_TRUE(recipe) << recipe.error().toString();
  ASSERT_EQ(recipe->views.size(), 5u);
  for (const auto& v : recipe->views) {
    EXPECT_NE(v.title("en"), v.title("es")) << v.id;
    EXPECT_FALSE(v.indicator.empty()) << v.id;
  }
}

}  // namespace
}  // namespace geo::map
