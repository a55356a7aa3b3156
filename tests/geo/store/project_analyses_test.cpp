// Analysis definitions kept in a project: stored with paths relative to the
// project folder, read back to the same data files, and imported with the
// recipe that names them.

#include "geo/store/project_analyses.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <filesystem>

#include "geo/store/project.h"
#include "geo/store/recipe_import.h"
#include "tests/geo/store/store_test_support.h"

namespace geo::store {
namespace {

namespace fs = std::filesystem;

const std::string kData = std::string(EQUIMAP_SOURCE_DIR) + "/data";
const std::string kLibraries = kData + "/analyses/libraries.json";

TEST(ProjectAnalyses, PathsAreStoredRelativeToTheProjectAndReadBackToTheSameFiles) {
  // A project two folders below data/: its relative paths climb back up.
  const fs::path folder = fs::path(kData) / "analyses";
  auto document = analysisDocument(kLibraries, (folder / "sub" / "p.equimap").string());
  ASSERT_TRUE(document) << document.error().toString();
  EXPECT_EQ(document->kind, DocumentKind::kAnalysis);
  EXPECT_EQ(document->id, "libraries");
  const auto j = nlohmann::json::parse(document->json);
  EXPECT_EQ(j["units"]["source"], "../../census/tracts_2020.geojson");
  EXPECT_EQ(j["units"]["join"]["table"], "../../census/acs2023_5yr_tracts.csv");
  EXPECT_EQ(j["service_lines"][0]["facilities"]["source"],
            "../../facilities/library_outlets_2016.geojson");

  ProjectContent content;
  content.documents.push_back(*document);
  auto definitions = projectAnalyses(content, (folder / "sub" / "p.equimap").string());
  ASSERT_TRUE(definitions) << definitions.error().toString();
  ASSERT_EQ(definitions->size(), 1u);
  auto original = analysis::readAnalysisDefinition(kLibraries);
  ASSERT_TRUE(original);
  const auto& read = definitions->front();
  EXPECT_EQ(read.units.source, original->units.source);
  EXPECT_EQ(read.units.join->table, original->units.join->table);
  EXPECT_EQ(read.study_area.source, original->study_area.source);
  EXPECT_EQ(read.service_lines[1].facilities.source, original->service_lines[1].facilities.source);
  EXPECT_EQ(read.groups.size(), original->groups.size());
}

TEST(ProjectAnalyses, ABadDefinitionIsRefusedBeforeItIsStored) {
  testing::TempDir dir;
  auto document = analysisDocument(dir.file("missing.json"), dir.file("p.equimap"));
  ASSERT_FALSE(document);
  EXPECT_EQ(document.error().code, core::ErrorCode::kIo);
}

TEST(ProjectAnalyses, ARecipeImportStoresTheAnalysesTheRecipeNames) {
  testing::TempDir dir;
  auto recipe = map::readRecipe(kData + "/hartford.recipe.json");
  ASSERT_TRUE(recipe);
  ASSERT_EQ(recipe->analyses, std::vector<std::string>{kLibraries});
  auto project = Project::create(dir.file("p.equimap"), "test");
  ASSERT_TRUE(project);
  ASSERT_TRUE(importRecipe(*project, *recipe));
  auto definitions = projectAnalyses(project->content(), project->path());
  ASSERT_TRUE(definitions) << definitions.error().toString();
  ASSERT_EQ(definitions->size(), 1u);
  EXPECT_EQ(definitions->front().service_lines.size(), 2u);
  EXPECT_TRUE(fs::exists(definitions->front().units.source)) << definitions->front().units.source;
  EXPECT_EQ(exhibitTemplateDocument(project->content()), nullptr);
}

}  // namespace
}  // namespace geo::store
