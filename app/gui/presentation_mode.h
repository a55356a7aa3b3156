#pragma once

// Presentation mode for community meetings (F5): full screen, large type, the
// map with a banner naming the view and the scenario, and a bottom bar of big
// buttons (previous/next view, language, scenario, high contrast, exit).
// Prepared views step like slides with Right/Left, PageDown/PageUp (what
// presentation clickers send) and Space. Clicking a tract or a neighborhood
// opens its card. Main thread only.
//
// Keyboard shortcuts (everywhere): F5 presentation on/off, F6 English/Spanish,
// F7 high contrast, Esc leaves presentation mode. See docs/engagement.md.

#include <GLFW/glfw3.h>

#include "app/gui/app_state.h"
#include "app/gui/map_overlays.h"

namespace app::gui {

struct PresentationLayout {
  Rect map, bar;
};

PresentationLayout presentationLayout(float width, float height, float scale);

// Before ImGui::NewFrame: enters or leaves full screen and re-applies the
// theme when presentation mode, large type or high contrast changed.
void syncPresentationWindow(GLFWwindow* window, const AppState& state, float content_scale);

// F5/F6/F7/Esc and, while presenting, the slide keys.
void handleEngagementKeys(AppState& state);

// The banner, the bottom bar and clicks on the map (which open cards).
void drawPresentation(AppState& state, Rect map, Rect bar);

// Prepared views and the scenario toggle (view_stepper.cpp).
void applyPreparedView(AppState& state, int index);
void stepView(AppState& state, int delta);
int affectedLayer(const geo::map::MapDocument& doc);  // -1: no scenario to show
void setProposal(AppState& state, bool proposal);
void setHighContrast(AppState& state, bool on);

// Neighborhood cards (card_window.cpp). openCardAt picks the topmost visible
// layer with census estimates under a point of the map area (neighborhoods
// when shown, else tracts), or else the topmost layer with its own ACS
// estimates even when hidden; false if none.
bool openCardAt(AppState& state, render::ScreenPoint point);
void drawCardWindow(AppState& state);

}  // namespace app::gui
