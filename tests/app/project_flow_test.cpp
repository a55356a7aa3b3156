// The project file through the real window (Xvfb, scripted input): a style
// edit, undo and redo with Ctrl+Z / Ctrl+Y, Ctrl+S, the "save changes?"
// question on close, and recovery after the process is killed. Each test
// checks what the project file holds afterwards.

#include <gtest/gtest.h>
#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "geo/store/project.h"

namespace app {
namespace {

namespace fs = std::filesystem;

// In a 1600x1000 window the style panel's "classes" slider (3 to 9) of the
// tracts layer ends near x = 227; a click there sets 9 classes.
constexpr const char* kNineClasses = "click 225 445\nwait 3\n";

struct Flow {
  fs::path dir;
  fs::path project;
};

Flow freshProject(const std::string& name) {
  Flow f{fs::temp_directory_path() / ("equimap_flow_" + name), {}};
  fs::remove_all(f.dir);
  fs::create_directories(f.dir);
  f.project = f.dir / "hartford.equimap";
  fs::copy_file(fs::path(EQUIMAP_SOURCE_DIR) / "data/hartford.equimap", f.project);
  return f;
}

// Runs the viewer on the flow's project with `script`; returns the shell's
// exit status (128 + signal when the viewer was killed).
int runScript(const Flow& f, const std::string& script, const std::string& flags = "") {
  std::ofstream(f.dir / "flow.script") << script;
  const std::string command = "cd " + f.dir.string() + " && XDG_CONFIG_HOME=" + f.dir.string() +
                              " " + EQUIMAP_BINARY + " hartford.equimap " + flags +
                              " --window-width 1600 --window-height 1000"
                              " --script flow.script 2>>viewer.log";
  const int status = std::system(command.c_str());
  EXPECT_TRUE(WIFEXITED(status)) << command;
  return WEXITSTATUS(status);
}

// The class count of the tracts layer as saved in the file.
int savedClasses(const Flow& f) {
  auto project = geo::store::Project::open(f.project.string());
  EXPECT_TRUE(project) << project.error().toString();
  if (!project) return -1;
  const auto& content = project->content();
  const int tracts = content.findLayer("tracts");
  EXPECT_GE(tracts, 0);
  return tracts < 0 ? -1 : content.layers[std::size_t(tracts)].spec.style.classes;
}

TEST(ProjectFlow, UndoRedoAndSaveFromTheKeyboard) {
  const Flow f = freshProject("undo");
  ASSERT_EQ(savedClasses(f), 5);
  // 9 classes, undo (5), redo (9), save; a last undo after the save stays
  // unsaved: closing asks, Escape cancels the close, and the kill ends it.
  const std::string script = std::string("idle\n") + kNineClasses +
                             "key ctrl+z\nwait 2\nkey ctrl+y\nwait 2\nkey ctrl+s\nwait 2\n" +
                             "key ctrl+z\nwait 2\nclose\nwait 3\nkey escape\nwait 3\nkill\n";
  EXPECT_EQ(runScript(f, script), 128 + SIGKILL);
  EXPECT_EQ(savedClasses(f), 9);
}

TEST(ProjectFlow, UndoneEditsAreNotSaved) {
  const Flow f = freshProject("undone");
  const std::string script =
      std::string("idle\n") + kNineClasses + "key ctrl+z\nwait 2\nkey ctrl+s\nwait 2\nkill\n";
  EXPECT_EQ(runScript(f, script), 128 + SIGKILL);
  EXPECT_EQ(savedClasses(f), 5);
}

TEST(ProjectFlow, ClosingWithUnsavedChangesAsksAndEnterSaves) {
  const Flow f = freshProject("close");
  // The window must close by itself after the answer: the script would
  // otherwise go on to "kill".
  const std::string script = std::string("idle\n") + kNineClasses +
                             "close\nwait 3\nkey enter\nwait 30\nkill\n";
  EXPECT_EQ(runScript(f, script), 0);
  EXPECT_EQ(savedClasses(f), 9);
  EXPECT_FALSE(geo::store::findRecovery(f.project.string()));
}

TEST(ProjectFlow, KilledAfterAnAutosaveTheWorkIsRecovered) {
  const Flow f = freshProject("recover");
  // Autosave every half second; the edit is never saved, then SIGKILL.
  const std::string edit = std::string("idle\n") + kNineClasses + "sleep 1.5\nkill\n";
  EXPECT_EQ(runScript(f, edit, "--autosave-seconds 0.5"), 128 + SIGKILL);
  EXPECT_EQ(savedClasses(f), 5);
  ASSERT_TRUE(geo::store::findRecovery(f.project.string()));

  // Reopened, the app offers the recovered work; Enter takes it, Ctrl+S saves.
  const std::string recover = "wait 10\nscreenshot offer.png\nkey enter\nidle\nwait 3\n"
                              "key ctrl+s\nwait 3\nclose\nwait 30\nkill\n";
  EXPECT_EQ(runScript(f, recover), 0);
  EXPECT_EQ(savedClasses(f), 9);
  EXPECT_FALSE(geo::store::findRecovery(f.project.string()));
}

}  // namespace
}  // namespace app
