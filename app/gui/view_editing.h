#pragma once

// Editing the prepared views (presentation slides) from the GUI: add what the
// map shows now, remove one, move one earlier or later. The document's views
// change at once; with a project open each change is also an undoable project
// edit (geo::store::putPreparedViews), written to the file on Save. Without a
// project the views last for the session only. Called from Commands.

#include <string>

#include "app/gui/app_state.h"

namespace app::gui {

// Adds the current map as the last view, titled `title_en` / `title_es`
// (either may be empty, not both), and makes it the current view.
void addCurrentView(AppState& state, const std::string& title_en, const std::string& title_es);
void removeView(AppState& state, int index);
void moveView(AppState& state, int index, int delta);  // delta -1 earlier, +1 later

// After undo/redo: the document takes the project's views again.
void syncViewsFromProject(AppState& state);

// The sidebar section listing the views with the editing controls.
void drawViewsPanel(AppState& state);

}  // namespace app::gui
