#pragma once

// Text wrapped at spaces only. ImGui's own wrapping may break a line after a
// comma or a point, which splits Spanish numbers ("1,|0 km", "3.|000"); cards
// and flags use this instead. Inside an ImGui window, main thread only.

#include <string>

namespace app::gui {

// Draws `text` in lines no wider than the space left in the window; a word
// wider than that gets a line of its own.
void drawWrappedText(const std::string& text);

}  // namespace app::gui
