// Prepared views (presentation slides) saved in a project file: written,
// read back after closing, and absent from files that never had any. (Views
// imported from a recipe: project_document_test.cpp.)

#include "geo/store/project_views.h"

#include <gtest/gtest.h>

#include "tests/geo/store/store_test_support.h"

namespace geo::store {
namespace {

using testing::TempDir;

std::vector<map::PreparedView> twoViews() {
  map::PreparedView a;
  a.id = "poverty";
  a.titles = {{"en", "Who lives below the poverty level?"},
              {"es", "¿Quién vive bajo el nivel de pobreza?"}};
  a.zoom = {.layer = "towns", .filter = map::FilterSpec{"NAME", {"Hartford", "East Hartford"}}};
  a.visible = {"tracts", "towns"};
  a.style_layer = "tracts";
  a.indicator = "poverty_share";

  map::PreparedView b;
  b.id = "view-2";
  b.titles = {{"en", "Park Street close up"}};
  b.extent_lonlat = core::Box{.min_x = -72.70, .min_y = 41.75, .max_x = -72.67, .max_y = 41.77};
  b.visible = {"tracts", "neighborhoods"};
  b.style_layer = "tracts";
  b.indicator = "hispanic_share";
  b.proposal = true;
  return {a, b};
}

void expectSameViews(const std::vector<map::PreparedView>& got,
                     const std::vector<map::PreparedView>& want) {
  ASSERT_EQ(got.size(), want.size());
  for (std::size_t i = 0; i < got.size(); ++i) {
    SCOPED_TRACE(want[i].id);
    EXPECT_EQ(got[i].id, want[i].id);
    EXPECT_EQ(got[i].titles, want[i].titles);
    EXPECT_EQ(got[i].zoom.layer, want[i].zoom.layer);
    ASSERT_EQ(got[i].zoom.filter.has_value(), want[i].zoom.filter.has_value());
    if (want[i].zoom.filter) {
      EXPECT_EQ(got[i].zoom.filter->values, want[i].zoom.filter->values);
    }
    ASSERT_EQ(got[i].extent_lonlat.has_value(), want[i].extent_lonlat.has_value());
    if (want[i].extent_lonlat) {
      EXPECT_DOUBLE_EQ(got[i].extent_lonlat->min_x, want[i].extent_lonlat->min_x);
      EXPECT_DOUBLE_EQ(got[i].extent_lonlat->max_y, want[i].extent_lonlat->max_y);
    }
    EXPECT_EQ(got[i].visible, want[i].visible);
    EXPECT_EQ(got[i].style_layer, want[i].style_layer);
    EXPECT_EQ(got[i].indicator, want[i].indicator);
    EXPECT_EQ(got[i].proposal, want[i].proposal);
  }
}

TEST(ProjectViews, ViewsSurviveSavingClosingAndOpeningTheFile) {
  TempDir dir;
  const std::string path = dir.file("p.equimap");
  {
    auto project = Project::create(path, "views");
    ASSERT_TRUE(project);
    ASSERT_TRUE(putPreparedViews(*project, twoViews()));
    EXPECT_TRUE(project->hasUnsavedChanges());
    ASSERT_TRUE(project->save());
  }
  auto reopened = Project::open(path);
  ASSERT_TRUE(reopened) << reopened.error().toString();
  auto views = preparedViews(reopened->content(), path);
  ASSERT_TRUE(views) << views.error().toString();
  expectSameViews(*views, twoViews());
}

TEST(ProjectViews, RemovingAViewIsOneUndoableEdit) {
  TempDir dir;
  auto project = Project::create(dir.file("p.equimap"), "views");
  ASSERT_TRUE(project);
  ASSERT_TRUE(putPreparedViews(*project, twoViews()));
  auto fewer = twoViews();
  fewer.erase(fewer.begin());
  ASSERT_TRUE(putPreparedViews(*project, fewer));
  EXPECT_EQ(preparedViews(project->content(), "p")->size(), 1u);
  ASSERT_TRUE(project->undo());
  expectSameViews(*preparedViews(project->content(), "p"), twoViews());
  ASSERT_TRUE(putPreparedViews(*project, {}));  // no views: no document at all
  EXPECT_TRUE(project->content().documents.empty());
  EXPECT_TRUE(preparedViews(project->content(), "p")->empty());
}

TEST(ProjectViews, AProjectWithoutViewsHasNone) {
  TempDir dir;
  auto project = Project::create(dir.file("p.equimap"), "none");
  ASSERT_TRUE(project);
  auto views = preparedViews(project->content(), project->path());
  ASSERT_TRUE(views);
  EXPECT_TRUE(views->empty());
}

TEST(ProjectViews, AMalformedViewNamesTheFileAndField) {
  ProjectContent content;
  content.documents.push_back(
      {DocumentKind::kViews, kPreparedViewsId, "views", R"([{"id": "a", "extent": [1, 2]}])", ""});
  auto views = preparedViews(content, "/x/p.equimap");
  ASSERT_FALSE(views);
  EXPECT_EQ(views.error().file, "/x/p.equimap");
  EXPECT_EQ(views.error().field, "/views/0/extent");
}

}  // namespace
}  // namespace geo::store
