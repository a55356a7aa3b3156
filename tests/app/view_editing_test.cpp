// Editing prepared views as the sidebar does: add the current map, move and
// remove views, undo, save, and read them back from the project file.

#include <gtest/gtest.h>

#include <filesystem>

#include "app/gui/presentation_mode.h"
#include "app/gui/project_session.h"
#include "app/gui/view_editing.h"
#include "geo/store/project_views.h"
#include "tests/app/bundled_state.h"

namespace app {
namespace {

namespace fs = std::filesystem;

std::vector<std::string> ids(const std::vector<geo::map::PreparedView>& views) {
  std::vector<std::string> out;
  for (const auto& v : views) out.push_back(v.id);
  return out;
}

TEST(ViewEditing, AddedMovedAndRemovedViewsAreSavedWithTheProject) {
  auto bundled = testing::bundledState(1200, 900);
  ASSERT_TRUE(bundled);
  gui::AppState& state = bundled->state;

  const fs::path path = fs::temp_directory_path() / "equimap_view_editing.equimap";
  for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(path.string() + suffix);
  auto project = geo::store::Project::create(path.string(), "views");
  ASSERT_TRUE(project);
  ASSERT_TRUE(geo::store::putPreparedViews(*project, state.doc->views));  // as imported
  state.session.project = std::move(*project);

  // Show the Hispanic-share view, zoom in twice and add that map as a view.
  gui::applyPreparedView(state, 1);
  state.view.zoomAt({600, 450}, 4.0);
  const geo::core::Box added_box = state.view.visibleBox();
  gui::addCurrentView(state, "Close up", "De cerca");
  ASSERT_EQ(state.doc->views.size(), 6u);
  EXPECT_EQ(state.engage.view_index, 5);
  const auto& added = state.doc->views.back();
  EXPECT_EQ(added.id, "view-6");
  EXPECT_EQ(added.title("es"), "De cerca");
  EXPECT_EQ(added.indicator, "hispanic_share");
  EXPECT_TRUE(added.extent_lonlat);

  gui::moveView(state, 5, -1);
  gui::removeView(state, 0);
  const std::vector<std::string> edited = {
      "hispanic", "no_vehicle", "libraries", "view-6", "neighborhoods"};
  EXPECT_EQ(ids(state.doc->views), edited);
  gui::undoEdit(state);  // the removal comes back, from the project
  EXPECT_EQ(state.doc->views.size(), 6u);
  EXPECT_EQ(state.doc->views.front().id, "poverty");
  gui::saveProject(state);
  ASSERT_FALSE(state.session.project->hasUnsavedChanges()) << state.status;
  state.session.project.reset();

  auto reopened = geo::store::Project::open(path.string());
  ASSERT_TRUE(reopened);
  auto saved = geo::store::preparedViews(reopened->content(), reopened->path());
  ASSERT_TRUE(saved) << saved.error().toString();
  const std::vector<std::string> expected = {
      "poverty", "hispanic", "no_vehicle", "libraries", "view-6", "neighborhoods"};
  EXPECT_EQ(ids(*saved), expected);

  // Showing the saved view again shows the map as it was when it was added.
  state.doc->views = *saved;
  gui::applyPreparedView(state, 0);
  gui::applyPreparedView(state, 4);
  const geo::core::Box shown = state.view.visibleBox();
  EXPECT_NEAR(shown.center().x, added_box.center().x, 10.0);
  EXPECT_NEAR(shown.center().y, added_box.center().y, 10.0);
  EXPECT_NEAR(shown.width(), added_box.width(), 0.01 * added_box.width());
  for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(path.string() + suffix);
}

}  // namespace
}  // namespace app
