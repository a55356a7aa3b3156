// Crash safety and two processes on one project, with the helper process
// tests/tools/store_crash_writer.cpp.

#include <gtest/gtest.h>

#include <chrono>
#include <random>
#include <string>
#include <thread>

#include "child_process.h"
#include "crash_generation.h"
#include "geo/store/project.h"
#include "store_test_support.h"

namespace geo::store {
namespace {

using testing::TempDir;

// A child process running store_crash_writer with its stdout on a pipe.
class Writer : public crash_test::ChildProcess {
 public:
  Writer(const std::string& mode, const std::string& path)
      : ChildProcess(STORE_CRASH_WRITER, {mode, path}) {}
  // The last "saved g" line, or 0.
  int lastSaved() {
    const std::string out = output();
    const auto at = out.rfind("saved ");
    return at == std::string::npos ? 0 : std::stoi(out.substr(at + 6));
  }
};

TEST(ProjectCrash, KilledDuringSavesTheFileAlwaysHoldsAWholeSavedState) {
  TempDir dir;
  const std::string path = dir.file("crash.equimap");
  { ASSERT_TRUE(Project::create(path, "gen 0")); }
  std::mt19937 random(20240501);
  std::uniform_int_distribution<int> delay_ms(5, 120);

  int previous = 0;
  for (int round = 0; round < 30; ++round) {
    int saved = 0;
    {
      Writer writer("save-loop", path);
      ASSERT_TRUE(writer.waitFor("saved ")) << writer.output();
      std::this_thread::sleep_for(std::chrono::milliseconds(delay_ms(random)));
      ASSERT_TRUE(writer.kill()) << "the writer stopped by itself in round " << round;
      saved = writer.lastSaved();
    }
    ASSERT_TRUE(checkIntegrity(path)) << "round " << round;
    auto project = Project::open(path, {.allow_read_only = false});
    ASSERT_TRUE(project) << project.error().toString();
    const auto generation = crash_test::generationOf(project->content());
    ASSERT_TRUE(generation) << "round " << round << ": a mix of states, name "
                            << project->content().name;
    // Either the last state the writer reported saved, or the one it was saving.
    EXPECT_TRUE(*generation == saved || *generation == saved + 1)
        << "round " << round << ": file holds " << *generation << ", writer reported " << saved;
    EXPECT_GE(saved, 1);
    EXPECT_GE(*generation, previous) << "a save was lost";
    previous = *generation;
  }
  EXPECT_GT(previous, 0);
}

TEST(ProjectCrash, ASecondProcessGetsTheProjectReadOnlyAndCannotSave) {
  TempDir dir;
  const std::string path = dir.file("shared.equimap");
  { ASSERT_TRUE(Project::create(path, "shared")); }

  Writer holder("hold", path);
  ASSERT_TRUE(holder.waitFor("open rw")) << holder.output();
  Writer second("hold", path);
  ASSERT_TRUE(second.waitFor("open ro")) << second.output();

  auto third = Project::open(path);
  ASSERT_TRUE(third);
  EXPECT_TRUE(third->readOnly());
  EXPECT_FALSE(third->save());
  EXPECT_FALSE(Project::open(path, {.allow_read_only = false}));

  holder.kill();  // the lock dies with the process
  second.kill();
  third = Project::open(path, {.allow_read_only = false});
  ASSERT_TRUE(third) << third.error().toString();
  EXPECT_FALSE(third->readOnly());
  EXPECT_TRUE(checkIntegrity(path));
}

TEST(ProjectCrash, AReaderInAnotherProcessSeesOnlyWholeStatesWhileTheOwnerSaves) {
  TempDir dir;
  const std::string path = dir.file("live.equimap");
  { ASSERT_TRUE(Project::create(path, "gen 0")); }
  Writer writer("save-loop", path);
  ASSERT_TRUE(writer.waitFor("saved 3"));
  for (int i = 0; i < 10; ++i) {
    auto reader = Project::open(path);
    ASSERT_TRUE(reader) << reader.error().toString();
    EXPECT_TRUE(reader->readOnly());
    EXPECT_TRUE(crash_test::generationOf(reader->content())) << reader->content().name;
  }
  EXPECT_TRUE(writer.kill()) << "the owner stopped saving";
}

}  // namespace
}  // namespace geo::store
