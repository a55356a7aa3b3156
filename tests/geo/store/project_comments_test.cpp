// Project::appendComment: each comment is in the file as soon as it returns.

#include <gtest/gtest.h>

#include <string>

#include "geo/store/project.h"
#include "store_test_support.h"

namespace geo::store {
namespace {

using testing::TempDir;

Comment pinned(const std::string& text) {
  return Comment{.text = text,
                 .topic = "Libraries",
                 .language = "es",
                 .point = core::Vec2{-72.6851, 41.7637},
                 .point_crs = "EPSG:4326"};
}

TEST(ProjectComments, AnAppendedCommentIsInTheFileWithoutSaving) {
  TempDir dir;
  const std::string path = dir.file("p.equimap");
  auto project = Project::create(path, "Meeting");
  ASSERT_TRUE(project) << project.error().toString();
  auto id = project->appendComment(pinned("Más horas en la biblioteca, por favor"));
  ASSERT_TRUE(id) << id.error().toString();
  EXPECT_EQ(*id, 1);

  // Another instance (read-only, the first holds the lock) reads it from the file.
  auto other = Project::open(path);
  ASSERT_TRUE(other) << other.error().toString();
  ASSERT_EQ(other->content().comments.size(), 1u);
  const Comment& read = other->content().comments[0];
  EXPECT_EQ(read.text, "Más horas en la biblioteca, por favor");
  EXPECT_EQ(read.topic, "Libraries");
  EXPECT_EQ(read.language, "es");
  EXPECT_EQ(read.point_crs, "EPSG:4326");
  ASSERT_TRUE(read.point);
  EXPECT_DOUBLE_EQ(read.point->x, -72.6851);
  EXPECT_EQ(read.created_utc.size(), 20u);  // "YYYY-MM-DDTHH:MM:SSZ"
  EXPECT_EQ(read, project->content().comments[0]);
}

TEST(ProjectComments, AppendingKeepsOtherChangesUnsavedAndSurvivesUndo) {
  TempDir dir;
  const std::string path = dir.file("p.equimap");
  {
    auto project = Project::create(path, "Meeting");
    project->edit("Rename", [](ProjectContent& c) { c.name = "Renamed"; });
    ASSERT_TRUE(project->appendComment(pinned("first")));
    EXPECT_TRUE(project->hasUnsavedChanges());

    // Undoing the rename must not drop the comment, in memory or at save.
    ASSERT_TRUE(project->undo());
    EXPECT_EQ(project->content().comments.size(), 1u);
    ASSERT_TRUE(project->appendComment(pinned("second")));
    ASSERT_TRUE(project->redo());
    EXPECT_EQ(project->content().comments.size(), 2u);
    ASSERT_TRUE(project->save());
  }
  auto reopened = Project::open(path);
  ASSERT_TRUE(reopened);
  EXPECT_EQ(reopened->content().name, "Renamed");
  ASSERT_EQ(reopened->content().comments.size(), 2u);
  EXPECT_EQ(reopened->content().comments[1].text, "second");
  EXPECT_EQ(reopened->content().comments[1].id, 2);
}

TEST(ProjectComments, AnUnsavedChangeIsNotWrittenByAppending) {
  TempDir dir;
  const std::string path = dir.file("p.equimap");
  {
    auto project = Project::create(path, "Before");
    project->edit("Rename", [](ProjectContent& c) { c.name = "After"; });
    ASSERT_TRUE(project->appendComment(pinned("kept")));
  }  // closed without saving
  auto reopened = Project::open(path);
  ASSERT_TRUE(reopened);
  EXPECT_EQ(reopened->content().name, "Before");
  ASSERT_EQ(reopened->content().comments.size(), 1u);
  EXPECT_EQ(reopened->content().comments[0].text, "kept");
}

TEST(ProjectComments, NewIdsStayAboveUnsavedUndoableComments) {
  TempDir dir;
  auto project = Project::create(dir.file("p.equimap"), "Ids");
  EXPECT_EQ(project->addComment(pinned("undoable")), 1);
  auto id = project->appendComment(pinned("immediate"));
  ASSERT_TRUE(id);
  EXPECT_EQ(*id, 2);
  ASSERT_TRUE(project->save());
  EXPECT_EQ(project->content().comments.size(), 2u);
}

TEST(ProjectComments, CommentsAppendedAfterARecoveryFileAreNotLostByRecovering) {
  TempDir dir;
  const std::string path = dir.file("p.equimap");
  {
    auto project = Project::create(path, "Recover");
    project->edit("Rename", [](ProjectContent& c) { c.name = "Unsaved"; });
    ASSERT_TRUE(project->writeRecovery());
    ASSERT_TRUE(project->appendComment(pinned("after the recovery file")));
  }
  auto recovered = openRecovered(path);
  ASSERT_TRUE(recovered) << recovered.error().toString();
  EXPECT_EQ(recovered->content().name, "Unsaved");
  ASSERT_EQ(recovered->content().comments.size(), 1u);
  EXPECT_EQ(recovered->content().comments[0].text, "after the recovery file");
}

TEST(ProjectComments, AReadOnlyProjectRefusesToAppend) {
  TempDir dir;
  const std::string path = dir.file("p.equimap");
  auto first = Project::create(path, "Shared");
  ASSERT_TRUE(first);
  auto second = Project::open(path);
  ASSERT_TRUE(second);
  ASSERT_TRUE(second->readOnly());
  auto refused = second->appendComment(pinned("nope"));
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().code, core::ErrorCode::kIo);
  EXPECT_NE(refused.error().message.find("read-only"), std::string::npos);
  EXPECT_TRUE(second->content().comments.empty());

  auto again = Project::open(path);
  ASSERT_TRUE(again);
  EXPECT_TRUE(again->content().comments.empty());
}

}  // namespace
}  // namespace geo::store
