#pragma once

// The viewer state of engagement mode (community meetings): presentation
// mode, the prepared view being shown, the scenario toggle, the high-contrast
// theme and the open neighborhood card. Part of AppState; main thread only.

#include <cstdint>
#include <optional>

namespace app::gui {

struct CardTarget {
  int layer = -1;
  std::uint32_t row = 0;
};

struct EngagementState {
  bool presenting = false;     // full screen, large type, bottom bar, no sidebar
  bool high_contrast = false;  // theme and thicker map outlines
  bool proposal = false;       // scenario shown: false = today
  int view_index = -1;         // prepared view on screen, -1 = none yet
  std::optional<CardTarget> card;
};

}  // namespace app::gui
