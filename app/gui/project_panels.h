#pragma once

// The project menus and windows: main menu bar (File, Edit, KPIs), the
// project dialogs (new, open, save as, unsaved changes, recovery), the
// read-only banner, the KPI panel, the savings ledger and the exhibit window.
// Like every panel they read AppState and push Commands.

#include "app/gui/app_state.h"

namespace app::gui {

void drawMainMenu(AppState& state);
// Every project window that is open this frame.
void drawProjectWindows(AppState& state);

void drawProjectDialogs(AppState& state);
void drawReadOnlyBanner(const AppState& state);
void drawKpiPanel(AppState& state);
void drawLedgerWindow(AppState& state);
void drawExhibitWindow(AppState& state);

}  // namespace app::gui
