#pragma once

// ImGui set-up shared by the window and the headless renderer: context, a
// readable TrueType font (DejaVu Sans when installed, with Latin-1 for Spanish
// accents) and a light theme suited to maps and projectors.

namespace app::gui {

// Creates the ImGui context and loads fonts at `scale` (1 = 16 px text).
void initImGui(float scale);
void shutdownImGui();

}  // namespace app::gui
