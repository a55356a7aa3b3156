// A resident's comment entered through the real window (Xvfb, scripted input):
// tick "Add comment", click the map in Hartford, type the text, Save, and the
// process is killed two frames later. The project file must hold the comment,
// with its text, topic, language and a point inside Hartford.

#include <gtest/gtest.h>
#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "geo/store/project.h"

namespace app {
namespace {

namespace fs = std::filesystem;

// Window points of a 1600x1000 window: the comments window opens at the top
// right (its "Add comment" box), the map point is in central Hartford, and
// the form opens 24 px right of and 60 px above the click.
constexpr int kAddBoxX = 1177, kAddBoxY = 81;
constexpr int kMapX = 806, kMapY = 553;
constexpr int kFormX = kMapX + 24, kFormY = kMapY - 60;

TEST(CommentFlow, ACommentTypedInTheWindowSurvivesSigkillRightAfterSave) {
  const fs::path dir = fs::temp_directory_path() / "equimap_comment_flow";
  fs::remove_all(dir);
  fs::create_directories(dir);
  const fs::path project = dir / "hartford.equimap";
  fs::copy_file(fs::path(EQUIMAP_SOURCE_DIR) / "data/hartford.equimap", project);
  const std::string text = "Más horas en la biblioteca, por favor";
  {
    std::ofstream script(dir / "flow.script");
    script << "idle\n"
           << "click " << kAddBoxX << ' ' << kAddBoxY << "\nwait 2\n"
           << "click " << kMapX << ' ' << kMapY << "\nwait 3\n"
           << "click " << kFormX + 100 << ' ' << kFormY + 70 << "\nwait 2\n"
           << "type " << text << "\nwait 2\n"
           << "screenshot " << (dir / "form.png").string() << '\n'
           << "click " << kFormX + 28 << ' ' << kFormY + 206 << "\nwait 2\n"
           << "kill\n";
  }
  const std::string command = "cd " + dir.string() + " && XDG_CONFIG_HOME=" + dir.string() + " " +
                              EQUIMAP_BINARY + " " + project.string() +
                              " --show comments --window-width 1600 --window-height 1000"
                              " --script flow.script 2>viewer.log";
  const int status = std::system(command.c_str());
  // The shell reports the viewer's SIGKILL as exit status 128 + 9.
  ASSERT_TRUE(WIFEXITED(status)) << command;
  EXPECT_EQ(WEXITSTATUS(status), 128 + SIGKILL) << command;

  auto reopened = geo::store::Project::open(project.string());
  ASSERT_TRUE(reopened) << reopened.error().toString();
  const auto& comments = reopened->content().comments;
  ASSERT_EQ(comments.size(), 1u) << "see " << (dir / "form.png").string();
  const auto& c = comments.front();
  EXPECT_EQ(c.text, text);
  EXPECT_EQ(c.topic, "Libraries");
  EXPECT_EQ(c.language, "en");
  EXPECT_FALSE(c.created_utc.empty());
  ASSERT_TRUE(c.point);
  EXPECT_EQ(c.point_crs, "EPSG:4326");
  // Hartford lies within 72.72-72.65 W, 41.72-41.81 N.
  EXPECT_GT(c.point->x, -72.72);
  EXPECT_LT(c.point->x, -72.65);
  EXPECT_GT(c.point->y, 41.72);
  EXPECT_LT(c.point->y, 41.81);
}

}  // namespace
}  // namespace app
