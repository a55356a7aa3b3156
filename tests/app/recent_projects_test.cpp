// The recent projects list: most recent first, no duplicates, at most eight,
// kept in a JSON file under the XDG config folder.

#include "app/gui/recent_projects.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

namespace app::gui {
namespace {

TEST(RecentProjects, ReopeningAProjectMovesItToTheFrontWithoutDuplicates) {
  std::vector<std::string> list = {"/a.equimap", "/b.equimap", "/c.equimap"};
  rememberProject(list, "/c.equimap");
  EXPECT_EQ(list, (std::vector<std::string>{"/c.equimap", "/a.equimap", "/b.equimap"}));
}

TEST(RecentProjects, TheListKeepsTheEightMostRecent) {
  std::vector<std::string> list;
  for (int i = 0; i < 10; ++i) rememberProject(list, "/p" + std::to_string(i) + ".equimap");
  ASSERT_EQ(list.size(), kMaxRecentProjects);
  EXPECT_EQ(list.front(), "/p9.equimap");
  EXPECT_EQ(list.back(), "/p2.equimap");
}

TEST(RecentProjects, TheFileLivesUnderXdgConfigHomeAndRoundTrips) {
  const auto dir = std::filesystem::temp_directory_path() / "equimap_recent_test";
  std::filesystem::remove_all(dir);
  ::setenv("XDG_CONFIG_HOME", dir.c_str(), 1);
  const std::string file = recentProjectsFile();
  EXPECT_EQ(file, (dir / "equimap" / "recent.json").string());
  ASSERT_TRUE(writeRecentProjects(file, {"/x.equimap", "/y.equimap"}));
  EXPECT_EQ(readRecentProjects(file), (std::vector<std::string>{"/x.equimap", "/y.equimap"}));
  ::unsetenv("XDG_CONFIG_HOME");
  std::filesystem::remove_all(dir);
}

TEST(RecentProjects, AMissingOrBrokenFileReadsAsAnEmptyList) {
  const auto path = std::filesystem::temp_directory_path() / "equimap_recent_broken.json";
  EXPECT_TRUE(readRecentProjects(path.string() + ".missing").empty());
  std::ofstream(path) << "{ not json";
  EXPECT_TRUE(readRecentProjects(path.string()).empty());
  std::filesystem::remove(path);
}

}  // namespace
}  // namespace app::gui
