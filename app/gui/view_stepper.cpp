#include <algorithm>

#include "app/gui/presentation_mode.h"
#include "app/gui/theme.h"
#include "geo/core/log.h"

namespace app::gui {
namespace {

void showOnly(geo::map::MapDocument& doc, const std::vector<std::string>& ids) {
  if (ids.empty()) return;
  for (auto& layer : doc.layers)
    layer.spec.visible = std::find(ids.begin(), ids.end(), layer.spec.id) != ids.end();
}

void showIndicator(AppState& state, const geo::map::PreparedView& view) {
  const int i = state.doc->findLayer(view.style_layer);
  if (i < 0 || view.indicator.empty()) return;
  auto& layer = state.doc->layers[std::size_t(i)];
  if (layer.spec.style.type == geo::map::StyleType::kChoropleth &&
      layer.spec.style.indicator == view.indicator)
    return;
  geo::map::StyleSpec style = layer.spec.style;
  style.type = geo::map::StyleType::kChoropleth;
  style.indicator = view.indicator;
  style.field.clear();
  if (auto ok = geo::map::applyStyle(layer, style); !ok) {
    state.status = ok.error().toString();
    return;
  }
  state.scene->restyle(layer, std::size_t(i));
}

}  // namespace

void applyPreparedView(AppState& state, int index) {
  if (!state.doc || index < 0 || index >= int(state.doc->views.size())) return;
  const auto& view = state.doc->views[std::size_t(index)];
  showOnly(*state.doc, view.visible);
  showIndicator(state, view);
  const geo::core::Box box = geo::map::preparedViewExtent(*state.doc, view);
  if (view.extent_lonlat)
    state.view.fit(box, 0.0);  // a box saved from the map is shown as it was
  else
    state.view.fit(box);
  setProposal(state, view.proposal);
  state.engage.view_index = index;
  state.engage.card.reset();
  geo::core::logInfo("present", "view {} of {}: {}", index + 1, state.doc->views.size(), view.id);
}

void stepView(AppState& state, int delta) {
  if (!state.doc || state.doc->views.empty()) return;
  const int count = int(state.doc->views.size());
  const int next = state.engage.view_index < 0 ? 0 : state.engage.view_index + delta;
  applyPreparedView(state, std::clamp(next, 0, count - 1));
}

int affectedLayer(const geo::map::MapDocument& doc) {
  for (std::size_t i = 0; i < doc.layers.size(); ++i)
    if (doc.layers[i].data.table.fieldIndex("affected")) return int(i);
  return -1;
}

// The proposal highlights the units it changes by selecting them, so they
// get the selection outline on the map.
void setProposal(AppState& state, bool proposal) {
  const int li = state.doc ? affectedLayer(*state.doc) : -1;
  state.engage.proposal = proposal && li >= 0;
  if (li < 0) return;
  state.selection.clear();
  if (!state.engage.proposal) return;
  const auto& table = state.doc->layers[std::size_t(li)].data.table;
  const std::size_t field = *table.fieldIndex("affected");
  state.selection.layer = li;
  for (std::size_t r = 0; r < table.rowCount(); ++r)
    if (table.number(r, field).value_or(0) != 0) state.selection.rows.push_back(std::uint32_t(r));
}

void setHighContrast(AppState& state, bool on) {
  if (state.engage.high_contrast == on) return;
  state.engage.high_contrast = on;
  const double factor = on ? kHighContrastOutlineFactor : 1.0 / kHighContrastOutlineFactor;
  if (state.doc)
    for (auto& layer : state.doc->layers) layer.spec.style.outline_width_px *= factor;
}

}  // namespace app::gui
