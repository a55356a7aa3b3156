#pragma once

// The viewer state of engagement mode (community meetings): presentation
// mode, the prepared view being shown, the scenario toggle, the high-contrast
// theme and the open neighborhood card. Part of AppState; main thread only.

#include <cstdint>
#include <optional>
#include <string>

#include "geo/core/geometry.h"
#include "geo/map/neighborhood_card.h"

namespace app::gui {

struct CardTarget {
  int layer = -1;
  std::uint32_t row = 0;
  // Where the card was asked for (display CRS), if from a map click: the
  // card offers the other areas with census estimates at this point.
  std::optional<geo::core::Vec2> point;
};

// The card's distances, computed once per card and equity result.
struct CardAccessCache {
  std::string layer_id;
  std::uint32_t row = 0;
  int units_layer = -1;
  int equity_serial = -1;
  geo::map::CardAccess access;
};

struct EngagementState {
  bool presenting = false;     // full screen, large type, bottom bar, no sidebar
  bool high_contrast = false;  // theme and thicker map outlines
  bool proposal = false;       // scenario shown: false = today
  int view_index = -1;         // prepared view on screen, -1 = none yet
  std::optional<CardTarget> card;
  int equity_serial = 0;  // grows whenever an equity result is put on the map
  std::optional<CardAccessCache> card_access;
};

}  // namespace app::gui
