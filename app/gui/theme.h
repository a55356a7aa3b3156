#pragma once

// The viewer's ImGui themes: the normal light theme and a high-contrast one
// (black on white, strong borders, a bright focus colour), each scaled for the
// screen (content scale) and for the room (presentation scale). Also the large
// font loaded for presentation mode. Main thread, between frames.

#include <imgui.h>

namespace app::gui {

// Rebuilds ImGui's style from scratch; `scale` multiplies every size.
void applyTheme(bool high_contrast, float scale);

// The presentation font (about twice the normal size), or the default font
// when it could not be loaded. Set by initImGui.
ImFont* largeFont();
void setLargeFont(ImFont* font);

// Map outline widths are multiplied by this in high-contrast mode.
inline constexpr double kHighContrastOutlineFactor = 2.5;

}  // namespace app::gui
