#pragma once

// The interactive viewer: a GLFW window with the map and the panels. Opens a
// recipe on a worker thread (the window stays responsive, with progress and
// cancel) and then runs until the window is closed.

#include <string>

namespace app::gui {

struct ViewerOptions {
  std::string recipe_path;       // recipe (.json) or project (.equimap) to open
  int width = 1600, height = 1000;
  int exit_after_frames = 0;     // > 0: close after this many frames once loaded (tests)
  std::string screenshot_path;   // with exit_after_frames: save the last frame as PNG
  std::string show_window;       // "kpi", "ledger", "exhibit" or "comments": open it at start
  std::string equity_path;       // analysis definition to run in the equity panel at start
  std::string equity_mode = "change";  // its map mode (geo::map::equityMapModeName)
  bool present = false;          // start in presentation mode (F5)
  int start_view = 1;            // with `present`: the prepared view shown first (1-based)
  std::string click_at;          // "X,Y" window px: open the card there once loaded (tests)
  std::string script_path;       // scripted input for GUI tests (app/gui/input_script.h)
  double autosave_seconds = 0;   // > 0: write the recovery file this often (default 180 s)
};

// Returns the process exit code; 2 when no window can be opened (no display).
int runViewer(const ViewerOptions& options);

}  // namespace app::gui
