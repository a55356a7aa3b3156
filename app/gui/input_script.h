#pragma once

// InputScript: scripted mouse and keyboard input for GUI tests (--script FILE).
// The viewer feeds each step into Dear ImGui's input state between the GLFW
// backend's NewFrame and ImGui::NewFrame, so panels, shortcuts and the map see
// exactly what a user's clicks and keys would produce, one frame at a time, and
// a test can drive a whole flow (click, type, Ctrl+S, close, kill) without
// timing races. One step per line; '#' starts a comment:
//
//   wait N            let N frames pass
//   sleep S           let S seconds pass (e.g. for the autosave timer)
//   idle              wait until the project, layers and analyses have loaded
//   move X Y          put the mouse at window point (X, Y), logical pixels
//   click X Y         move there, press and release the left button
//   key [ctrl+]NAME   press and release a key: a-z, 0-9, enter, escape, tab,
//                     backspace, delete, f1-f12, left, right, up, down, home, end
//   type TEXT         type the rest of the line (UTF-8)
//   screenshot PATH   save the frame drawn at this step as a PNG
//   close             ask to close the window, as its close button does
//   kill              end the process with SIGKILL (crash-safety tests)
//
// A step that waits (idle, wait, sleep) for more than kStepTimeoutSeconds
// ends the viewer with exit code 3 and a message, so a broken flow fails a
// test instead of hanging it.
// When the script runs out of steps the viewer exits without asking anything,
// as if killed politely: a test that wants the "save changes?" question uses
// `close` and answers it with clicks or keys.

#include <chrono>
#include <cstddef>
#include <string>
#include <utility>
#include <vector>

#include "geo/core/error.h"

struct ImGuiIO;

namespace app::gui {

enum class StepKind {
  kWait, kSleep, kIdle, kMove, kClick, kKey, kType, kScreenshot, kClose, kKill
};

struct ScriptStep {
  StepKind kind = StepKind::kWait;
  int frames = 0;       // kWait
  double seconds = 0;   // kSleep
  float x = 0, y = 0;   // kMove, kClick
  int key = -1;         // kKey: a GLFW key code
  bool ctrl = false;    // kKey
  std::string text;     // kType: the text; kScreenshot: the path
  int line = 0;         // in the script file, for messages
};

geo::core::Result<std::vector<ScriptStep>> parseInputScript(const std::string& text,
                                                            const std::string& file);

// What the viewer must do after a frame's input was applied.
inline constexpr double kStepTimeoutSeconds = 60.0;

struct ScriptRequests {
  std::string screenshot;  // save this frame here
  bool close = false;      // ask to close the window
  bool finished = false;   // no steps left
  std::string timed_out;   // the step that waited too long (its line), if any
};

class InputScript {
 public:
  InputScript() = default;
  explicit InputScript(std::vector<ScriptStep> steps) : steps_(std::move(steps)) {}

  bool active() const { return !steps_.empty(); }
  // Applies this frame's input; `idle` says whether everything has loaded.
  ScriptRequests apply(ImGuiIO& io, bool idle);

 private:
  void release(ImGuiIO& io);

  std::vector<ScriptStep> steps_;
  std::size_t next_ = 0;
  int phase_ = 0;  // frames spent in the current step
  std::chrono::steady_clock::time_point step_start_;
  float mouse_x_ = -1e30f, mouse_y_ = -1e30f;  // no mouse until a step moves it
  int held_key_ = -1;
  bool held_ctrl_ = false;
};

}  // namespace app::gui
