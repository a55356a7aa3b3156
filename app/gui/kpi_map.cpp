#include "app/gui/kpi_map.h"

#include "geo/i18n/catalog.h"
#include "geo/store/kpi_map.h"

namespace app::gui {

void showKpiOnMap(AppState& state, const std::string& period_utc) {
  auto& view = state.session.kpi;
  const auto& content = state.session.project->content();
  const auto* kpi = content.findKpi(view.kpi_id);
  if (!kpi || !state.doc) return;
  const auto match = geo::store::matchKpiLayer(*state.doc, *kpi, content.kpi_values);
  auto locked = geo::store::lockedKpiClasses(kpi->id,
                                             content.kpi_values,
                                             geo::carto::ClassMethod::kNaturalBreaks,
                                             geo::store::kKpiClasses);
  if (match.layer < 0 || !locked) {
    state.status = locked ? geo::i18n::tr("kpi.no_map_layer") : locked.error().toString();
    return;
  }
  auto& layer = state.doc->layers[std::size_t(match.layer)];
  if (!view.layer_id.empty() && view.layer_id != layer.spec.id) hideKpiOnMap(state);

  if (!view.saved_style) {
    view.saved_style = layer.spec.style;
    view.saved_visible = layer.spec.visible;
  }
  view.layer_id = layer.spec.id;
  if (auto ok = geo::store::showKpiOnLayer(
          layer, *kpi, *locked, content.kpi_values, period_utc, match.row_units);
      !ok) {
    state.status = ok.error().toString();
    return;
  }
  layer.spec.visible = true;
  state.scene->restyle(layer, std::size_t(match.layer));
}

void hideKpiOnMap(AppState& state) {
  auto& view = state.session.kpi;
  const int index = state.doc ? state.doc->findLayer(view.layer_id) : -1;
  if (index >= 0 && view.saved_style) {
    auto& layer = state.doc->layers[std::size_t(index)];
    if (auto ok = geo::map::applyStyle(layer, *view.saved_style); ok) {
      layer.spec.style = *view.saved_style;
      layer.spec.visible = view.saved_visible;
      state.scene->restyle(layer, std::size_t(index));
    }
  }
  view.layer_id.clear();
  view.saved_style.reset();
}

}  // namespace app::gui
