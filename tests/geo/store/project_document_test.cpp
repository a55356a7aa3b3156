// The map of a project equals the map of the recipe it was imported from:
// same layers in the same order, same rows, same styles and classes, same
// prepared views.

#include "geo/store/project_document.h"

#include <gtest/gtest.h>

#include "geo/store/recipe_import.h"
#include "tests/geo/store/store_test_support.h"

namespace geo::store {
namespace {

const std::string kRecipe = std::string(EQUIMAP_SOURCE_DIR) + "/data/hartford.recipe.json";

TEST(ProjectDocument, ASavedProjectShowsTheSameMapAsItsRecipe) {
  testing::TempDir dir;
  auto recipe = map::readRecipe(kRecipe);
  ASSERT_TRUE(recipe);
  auto from_recipe = map::openRecipe(*recipe);
  ASSERT_TRUE(from_recipe) << from_recipe.error().toString();
  {
    auto project = Project::create(dir.file("p.equimap"), "test");
    ASSERT_TRUE(project);
    ASSERT_TRUE(importRecipe(*project, *recipe));
    ASSERT_TRUE(project->save());
  }
  auto reopened = Project::open(dir.file("p.equimap"));
  ASSERT_TRUE(reopened);
  auto doc = documentFromProject(reopened->content(), reopened->path());
  ASSERT_TRUE(doc) << doc.error().toString();

  EXPECT_EQ(doc->display_crs, from_recipe->display_crs);
  ASSERT_EQ(doc->layers.size(), from_recipe->layers.size());
  for (std::size_t i = 0; i < doc->layers.size(); ++i) {
    const auto& a = doc->layers[i];
    const auto& b = from_recipe->layers[i];
    SCOPED_TRACE(b.spec.id);
    EXPECT_EQ(a.spec.id, b.spec.id);
    EXPECT_EQ(a.display.size(), b.display.size());
    EXPECT_EQ(a.spec.style.type, b.spec.style.type);
    EXPECT_EQ(a.spec.style.indicator, b.spec.style.indicator);
    EXPECT_EQ(a.indicators.size(), b.indicators.size());
    ASSERT_EQ(a.classification.has_value(), b.classification.has_value());
    if (a.classification) {
      EXPECT_EQ(a.classification->breaks, b.classification->breaks);
    }
    EXPECT_EQ(a.featureColors(), b.featureColors());
  }

  // The recipe's prepared views were imported and open with the project.
  ASSERT_EQ(doc->views.size(), from_recipe->views.size());
  for (std::size_t i = 0; i < doc->views.size(); ++i) {
    EXPECT_EQ(doc->views[i].id, from_recipe->views[i].id);
    EXPECT_EQ(doc->views[i].titles, from_recipe->views[i].titles);
    EXPECT_EQ(doc->views[i].visible, from_recipe->views[i].visible);
    EXPECT_EQ(doc->views[i].indicator, from_recipe->views[i].indicator);
  }
  EXPECT_EQ(doc->views.size(), 5u);
  // So were the neighborhoods' estimates, apportioned again from the tracts.
  const auto& neighborhoods = doc->layers[std::size_t(doc->findLayer("neighborhoods"))];
  EXPECT_EQ(neighborhoods.spec.indicators_from, "tracts");
  EXPECT_EQ(
      neighborhoods.indicators.size(),
      from_recipe->layers[std::size_t(from_recipe->findLayer("neighborhoods"))].indicators.size());
}

TEST(ProjectDocument, ALockedClassificationKeepsItsBreaks) {
  testing::TempDir dir;
  auto recipe = map::readRecipe(kRecipe);
  ASSERT_TRUE(recipe);
  auto project = Project::create(dir.file("p.equimap"), "test");
  ASSERT_TRUE(project);
  ASSERT_TRUE(importRecipe(*project, *recipe));
  carto::Classification fixed;
  fixed.method = carto::ClassMethod::kManual;
  fixed.lower_bound = 0.0;
  fixed.breaks = {0.1, 0.2, 1.0};
  project->putClassification({"tracts", fixed, true});

  auto doc = documentFromProject(project->content(), project->path());
  ASSERT_TRUE(doc) << doc.error().toString();
  const auto& tracts = doc->layers[std::size_t(doc->findLayer("tracts"))];
  ASSERT_TRUE(tracts.classification);
  EXPECT_EQ(tracts.classification->breaks, fixed.breaks);
}

}  // namespace
}  // namespace geo::store
