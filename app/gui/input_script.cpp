#include "app/gui/input_script.h"

#include <GLFW/glfw3.h>
#include <imgui.h>

#include <algorithm>
#include <csignal>
#include <map>
#include <sstream>

namespace app::gui {
namespace {

int keyCode(const std::string& name) {
  if (name.size() == 1 && name[0] >= 'a' && name[0] <= 'z') return GLFW_KEY_A + (name[0] - 'a');
  if (name.size() == 1 && name[0] >= '0' && name[0] <= '9') return GLFW_KEY_0 + (name[0] - '0');
  if (name.size() >= 2 && name[0] == 'f') {
    const int n = std::atoi(name.c_str() + 1);
    if (n >= 1 && n <= 12) return GLFW_KEY_F1 + n - 1;
  }
  static const std::map<std::string, int> named = {
      {"enter", GLFW_KEY_ENTER}, {"escape", GLFW_KEY_ESCAPE}, {"tab", GLFW_KEY_TAB},
      {"backspace", GLFW_KEY_BACKSPACE}, {"delete", GLFW_KEY_DELETE}, {"left", GLFW_KEY_LEFT},
      {"right", GLFW_KEY_RIGHT}, {"up", GLFW_KEY_UP}, {"down", GLFW_KEY_DOWN},
      {"home", GLFW_KEY_HOME}, {"end", GLFW_KEY_END}, {"space", GLFW_KEY_SPACE}};
  auto it = named.find(name);
  return it == named.end() ? -1 : it->second;
}

geo::core::Error scriptError(const std::string& file, int line, const std::string& what) {
  return {.code = geo::core::ErrorCode::kParse,
          .message = "line " + std::to_string(line) + ": " + what,
          .file = file,
          .hint = "see app/gui/input_script.h for the steps a script can use"};
}

geo::core::Result<ScriptStep> parseStep(const std::string& line, const std::string& file,
                                        int number) {
  std::istringstream in(line);
  std::string verb;
  in >> verb;
  ScriptStep step{.line = number};
  auto rest = [&] {
    std::string text;
    std::getline(in >> std::ws, text);
    return text;
  };
  if (verb == "wait") {
    step.kind = StepKind::kWait;
    if (!(in >> step.frames) || step.frames < 0)
      return std::unexpected(scriptError(file, number, "wait needs a frame count"));
  } else if (verb == "sleep") {
    step.kind = StepKind::kSleep;
    if (!(in >> step.seconds) || step.seconds < 0)
      return std::unexpected(scriptError(file, number, "sleep needs seconds"));
  } else if (verb == "idle") {
    step.kind = StepKind::kIdle;
  } else if (verb == "move" || verb == "click") {
    step.kind = verb == "move" ? StepKind::kMove : StepKind::kClick;
    if (!(in >> step.x >> step.y))
      return std::unexpected(scriptError(file, number, verb + " needs X Y"));
  } else if (verb == "key") {
    step.kind = StepKind::kKey;
    std::string name = rest();
    if (name.starts_with("ctrl+")) {
      step.ctrl = true;
      name = name.substr(5);
    }
    step.key = keyCode(name);
    if (step.key < 0)
      return std::unexpected(scriptError(file, number, "unknown key '" + name + "'"));
  } else if (verb == "type") {
    step.kind = StepKind::kType;
    step.text = rest();
  } else if (verb == "screenshot") {
    step.kind = StepKind::kScreenshot;
    step.text = rest();
    if (step.text.empty())
      return std::unexpected(scriptError(file, number, "screenshot needs a path"));
  } else if (verb == "close") {
    step.kind = StepKind::kClose;
  } else if (verb == "kill") {
    step.kind = StepKind::kKill;
  } else {
    return std::unexpected(scriptError(file, number, "unknown step '" + verb + "'"));
  }
  return step;
}

}  // namespace

geo::core::Result<std::vector<ScriptStep>> parseInputScript(const std::string& text,
                                                            const std::string& file) {
  std::vector<ScriptStep> steps;
  std::istringstream in(text);
  int number = 0;
  for (std::string line; std::getline(in, line);) {
    ++number;
    const auto first = line.find_first_not_of(" \t\r");
    if (first == std::string::npos || line[first] == '#') continue;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    auto step = parseStep(line.substr(first), file, number);
    if (!step) return std::unexpected(step.error());
    steps.push_back(std::move(*step));
  }
  if (steps.empty())
    return std::unexpected(scriptError(file, number, "the script has no steps"));
  return steps;
}

void InputScript::release(ImGuiIO& io) {
  io.MouseDown[0] = false;
  if (held_key_ >= 0) io.KeysDown[held_key_] = false;
  if (held_ctrl_) {
    io.KeysDown[GLFW_KEY_LEFT_CONTROL] = false;
    io.KeyCtrl = false;
  }
  held_key_ = -1;
  held_ctrl_ = false;
}

ScriptRequests InputScript::apply(ImGuiIO& io, bool idle) {
  ScriptRequests requests;
  // The backend puts the real cursor into MousePos every frame; the script owns it.
  io.MousePos = {mouse_x_, mouse_y_};
  release(io);
  if (next_ >= steps_.size()) {
    requests.finished = true;
    return requests;
  }
  const ScriptStep& step = steps_[next_];
  if (phase_ == 0) step_start_ = std::chrono::steady_clock::now();
  if (std::chrono::steady_clock::now() - step_start_ >
      std::chrono::duration<double>(std::max(kStepTimeoutSeconds, step.seconds + 1))) {
    requests.timed_out = "line " + std::to_string(step.line);
    requests.finished = true;
    return requests;
  }
  bool done = true;
  switch (step.kind) {
    case StepKind::kWait:
      done = phase_ >= step.frames;
      break;
    case StepKind::kSleep:
      done = std::chrono::steady_clock::now() - step_start_ >=
             std::chrono::duration<double>(step.seconds);
      break;
    case StepKind::kIdle:
      done = idle;
      break;
    case StepKind::kMove:
      mouse_x_ = step.x;
      mouse_y_ = step.y;
      io.MousePos = {mouse_x_, mouse_y_};
      break;
    case StepKind::kClick:
      // Frame 0 moves (so hover is known), frame 1 presses, frame 2 releases.
      mouse_x_ = step.x;
      mouse_y_ = step.y;
      io.MousePos = {mouse_x_, mouse_y_};
      io.MouseDown[0] = phase_ == 1;
      done = phase_ >= 2;
      break;
    case StepKind::kKey:
      if (phase_ == 0) {
        io.KeysDown[step.key] = true;
        held_key_ = step.key;
        if (step.ctrl) {
          io.KeysDown[GLFW_KEY_LEFT_CONTROL] = true;
          io.KeyCtrl = true;
          held_ctrl_ = true;
        }
      }
      done = phase_ >= 1;
      break;
    case StepKind::kType:
      io.AddInputCharactersUTF8(step.text.c_str());
      break;
    case StepKind::kScreenshot:
      requests.screenshot = step.text;
      break;
    case StepKind::kClose:
      requests.close = true;
      break;
    case StepKind::kKill:
      std::raise(SIGKILL);
      break;
  }
  if (done) {
    ++next_;
    phase_ = 0;
  } else {
    ++phase_;
  }
  return requests;
}

}  // namespace app::gui
