#include "app/gui/kpi_map.h"

#include <algorithm>
#include <set>

#include "geo/i18n/catalog.h"
#include "geo/store/kpi_map.h"

namespace app::gui {
namespace {

using geo::store::KpiValue;

struct UnitMatch {
  int layer = -1;
  std::vector<std::string> row_units;
};

std::vector<std::string> rowTexts(const geo::map::MapLayer& layer, std::size_t field) {
  std::vector<std::string> out;
  for (std::size_t r = 0; r < layer.data.size(); ++r) out.push_back(layer.data.table.text(r, field));
  return out;
}

// Limitation: facility KPIs are not drawn as graduated symbols; only polygon
// layers named like the KPI units (towns) are restyled.
// The polygon layer and field whose texts match the most KPI units.
UnitMatch matchUnits(const geo::map::MapDocument& doc, const std::set<std::string>& units) {
  UnitMatch best;
  std::size_t best_hits = 0;
  for (std::size_t i = 0; i < doc.layers.size(); ++i) {
    const auto& layer = doc.layers[i];
    if (layer.display.kind != geo::core::GeometryKind::kPolygon) continue;
    for (const char* name : {"NAME", "name", "town"}) {
      const auto field = layer.data.table.fieldIndex(name);
      if (!field) continue;
      auto texts = rowTexts(layer, *field);
      const auto hits = std::size_t(std::count_if(
          texts.begin(), texts.end(), [&](const std::string& t) { return units.count(t) > 0; }));
      if (hits > best_hits) best = {int(i), std::move(texts)}, best_hits = hits;
    }
  }
  return best;
}

std::set<std::string> unitsOf(const std::vector<KpiValue>& values, const std::string& kpi_id) {
  std::set<std::string> units;
  for (const auto& v : values)
    if (v.kpi_id == kpi_id) units.insert(v.unit_id);
  return units;
}

}  // namespace

void showKpiOnMap(AppState& state, const std::string& period_utc) {
  auto& view = state.session.kpi;
  const auto& content = state.session.project->content();
  const auto* kpi = content.findKpi(view.kpi_id);
  if (!kpi || !state.doc) return;
  const auto match = matchUnits(*state.doc, unitsOf(content.kpi_values, kpi->id));
  auto locked = geo::store::lockedKpiClasses(kpi->id, content.kpi_values,
                                             geo::carto::ClassMethod::kNaturalBreaks, 5);
  if (match.layer < 0 || !locked) {
    state.status = locked ? geo::i18n::tr("kpi.no_map_layer") : locked.error().toString();
    return;
  }
  if (view.layer >= 0 && view.layer != match.layer) hideKpiOnMap(state);

  auto& layer = state.doc->layers[std::size_t(match.layer)];
  if (!view.saved_style) view.saved_style = layer.spec.style;
  view.layer = match.layer;
  const auto values =
      geo::store::kpiValuesForRows(content.kpi_values, kpi->id, period_utc, match.row_units);
  auto classes = geo::carto::reapply(*locked, values);
  if (!classes) return;
  layer.spec.style.type = geo::map::StyleType::kChoropleth;
  layer.spec.style.ramp =
      kpi->direction == geo::store::KpiDirection::kHigherIsBetter ? "greens" : "purples";
  layer.thematic = geo::map::ThematicValues{kpi->name, kpi->unit == "share", values, {}};
  layer.classification = std::move(*classes);
  state.scene->restyle(layer, std::size_t(match.layer));
}

void hideKpiOnMap(AppState& state) {
  auto& view = state.session.kpi;
  if (view.layer < 0 || !view.saved_style || !state.doc ||
      view.layer >= int(state.doc->layers.size())) {
    view.layer = -1;
    view.saved_style.reset();
    return;
  }
  auto& layer = state.doc->layers[std::size_t(view.layer)];
  if (auto ok = geo::map::applyStyle(layer, *view.saved_style); ok) {
    layer.spec.style = *view.saved_style;
    state.scene->restyle(layer, std::size_t(view.layer));
  }
  view.layer = -1;
  view.saved_style.reset();
}

}  // namespace app::gui
