// Adding a prepared view through the real window (Xvfb, scripted input):
// open a project made from the bundled recipe, open the sidebar's "Prepared
// views", show view 2, type an English and a Spanish title, add the current
// map as a view and press Ctrl+S. The project file must then hold six views,
// the new one last with both titles, the map's extent, layers and indicator.

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "geo/store/project.h"
#include "geo/store/project_views.h"
#include "tests/app/map_test_support.h"

namespace app {
namespace {

namespace fs = std::filesystem;

// Window points of a 1600x1000 window with the bundled project's sidebar:
// the "Prepared views" header, view 2 in its list, then (with the view
// buttons shown) the two title fields and the add button.
constexpr int kHeaderX = 89, kHeaderY = 568;
constexpr int kView2X = 113, kView2Y = 612;
constexpr int kTitleX = 173, kTitleEnY = 714, kTitleEsY = 740;
constexpr int kAddX = 117, kAddY = 766;

TEST(ViewsPanelFlow, AViewAddedInTheSidebarIsSavedInTheProjectFile) {
  const fs::path dir = fs::temp_directory_path() / "equimap_views_panel_flow";
  fs::remove_all(dir);
  fs::create_directories(dir);
  const fs::path project = dir / "p.equimap";
  const std::string create = std::string(EQUIMAP_BINARY) + " project create " + project.string() +
                             " --recipe " + testing::kBundledRecipe + " > " +
                             (dir / "create.log").string();
  ASSERT_EQ(std::system(create.c_str()), 0) << create;
  {
    std::ofstream script(dir / "flow.script");
    script << "idle\n"
           << "click " << kHeaderX << ' ' << kHeaderY << "\nwait 3\n"
           << "click " << kView2X << ' ' << kView2Y << "\nwait 3\n"
           << "click " << kTitleX << ' ' << kTitleEnY << "\nwait 2\n"
           << "type Downtown close up\nwait 1\n"
           << "click " << kTitleX << ' ' << kTitleEsY << "\nwait 2\n"
           << "type El centro de cerca\nwait 1\n"
           << "click " << kAddX << ' ' << kAddY << "\nwait 3\n"
           << "key ctrl+s\nwait 3\n"
           << "screenshot " << (dir / "after.png").string() << '\n';
  }
  const std::string command = "cd " + dir.string() + " && XDG_CONFIG_HOME=" + dir.string() + " " +
                              EQUIMAP_BINARY + " " + project.string() +
                              " --window-width 1600 --window-height 1000"
                              " --script flow.script 2>viewer.log";
  ASSERT_EQ(std::system(command.c_str()), 0) << command;

  auto reopened = geo::store::Project::open(project.string());
  ASSERT_TRUE(reopened) << reopened.error().toString();
  auto views = geo::store::preparedViews(reopened->content(), reopened->path());
  ASSERT_TRUE(views) << views.error().toString();
  ASSERT_EQ(views->size(), 6u) << "see " << (dir / "after.png").string();
  const auto& added = views->back();
  EXPECT_EQ(added.id, "view-6");
  EXPECT_EQ(added.title("en"), "Downtown close up");
  EXPECT_EQ(added.title("es"), "El centro de cerca");
  EXPECT_EQ(added.style_layer, "tracts");
  EXPECT_EQ(added.indicator, "hispanic_share");  // what view 2 showed
  EXPECT_EQ(added.visible, views->at(1).visible);
  EXPECT_FALSE(added.proposal);
  ASSERT_TRUE(added.extent_lonlat);
  // View 2 shows Hartford and East Hartford: about 72.72-72.57 W, 41.72-41.81 N.
  EXPECT_NEAR(added.extent_lonlat->center().x, -72.65, 0.05);
  EXPECT_NEAR(added.extent_lonlat->center().y, 41.77, 0.05);
  fs::remove_all(dir);
}

}  // namespace
}  // namespace app
