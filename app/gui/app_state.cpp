#include "app/gui/app_state.h"

#include <algorithm>

namespace app::gui {

bool SelectionModel::contains(int l, std::uint32_t row) const {
  return l == layer && std::binary_search(rows.begin(), rows.end(), row);
}

void SelectionModel::set(int l, std::uint32_t row) {
  layer = l;
  rows = {row};
  scroll_table = true;
}

void SelectionModel::toggle(int l, std::uint32_t row) {
  if (l != layer) return set(l, row);
  auto it = std::lower_bound(rows.begin(), rows.end(), row);
  if (it != rows.end() && *it == row)
    rows.erase(it);
  else
    rows.insert(it, row);
  scroll_table = true;
}

void AppState::applyCommands() {
  // A command may push further commands; those run in the next frame.
  std::vector<Command> now;
  now.swap(commands);
  for (auto& c : now) c(*this);
}

void AppState::zoomToLayer(int layer) {
  if (!doc || layer < 0 || layer >= static_cast<int>(doc->layers.size())) return;
  view.fit(doc->layers[static_cast<std::size_t>(layer)].display.bounds());
}

void AppState::zoomToAll() {
  if (doc) view.fit(doc->extent());
}

void AppState::zoomToSelection() {
  if (!doc || selection.layer < 0 || selection.rows.empty()) return;
  const auto& layer = doc->layers[static_cast<std::size_t>(selection.layer)].display;
  geo::core::Box box;
  for (auto r : selection.rows) box.expand(layer.geometries[r].bounds());
  if (box.width() == 0 && box.height() == 0 && !box.empty()) {
    view.setCenter(box.center());
    return;
  }
  view.fit(box, 0.2);
}

}  // namespace app::gui
