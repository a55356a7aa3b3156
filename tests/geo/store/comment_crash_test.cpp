// A comment is safe in the project file the moment appendComment returns: the
// helper process tests/tools/comment_writer.cpp is killed with SIGKILL right
// after it reports the comment, and the comment is still there.

#include <gtest/gtest.h>

#include <string>

#include "child_process.h"
#include "geo/store/project.h"
#include "store_test_support.h"

namespace geo::store {
namespace {

using testing::TempDir;

TEST(CommentCrash, CommentsSurviveSigkillRightAfterEntry) {
  TempDir dir;
  const std::string path = dir.file("meeting.equimap");
  { ASSERT_TRUE(Project::create(path, "Meeting")); }

  constexpr int kRounds = 10;
  for (int round = 0; round < kRounds; ++round) {
    const std::string text = "comentario nº " + std::to_string(round) + ", \"rápido\"";
    crash_test::ChildProcess writer(COMMENT_WRITER, {path, text});
    ASSERT_TRUE(writer.waitFor("appended")) << writer.output();
    ASSERT_TRUE(writer.kill()) << "the writer stopped by itself in round " << round;
  }

  ASSERT_TRUE(checkIntegrity(path));
  auto project = Project::open(path);
  ASSERT_TRUE(project) << project.error().toString();
  EXPECT_FALSE(project->readOnly());
  const auto& comments = project->content().comments;
  ASSERT_EQ(comments.size(), static_cast<std::size_t>(kRounds));
  for (int round = 0; round < kRounds; ++round) {
    EXPECT_EQ(comments[round].id, round + 1);
    EXPECT_EQ(comments[round].text,
              "comentario nº " + std::to_string(round) + ", \"rápido\"");
  }
}

}  // namespace
}  // namespace geo::store
