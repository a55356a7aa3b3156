#include <imgui.h>

#include <array>

#include "app/gui/panels.h"
#include "app/gui/view_editing.h"
#include "geo/i18n/catalog.h"

namespace app::gui {
namespace {

using geo::i18n::tr;
using geo::i18n::trf;
using geo::map::MapLayer;
using geo::map::StyleSpec;
using geo::map::StyleType;

// A slider drags through many values; the project records one edit when it
// is let go, so one undo brings back the value from before the drag.
void recordWhenReleased(AppState& state, int layer) {
  if (ImGui::IsItemDeactivatedAfterEdit())
    state.push([layer](AppState& s) { recordStyle(s, layer); });
}

void swapLayers(AppState& s, int from, int to) {
  std::swap(s.doc->layers[std::size_t(from)], s.doc->layers[std::size_t(to)]);
  s.scene->moveLayer(std::size_t(from), std::size_t(to));
  s.active_layer = to;
  s.selection.clear();
  recordLayerOrder(s);
}

void layerRow(AppState& state, int i, const MapLayer& layer, int count) {
  ImGui::PushID(i);
  bool visible = layer.spec.visible;
  if (ImGui::Checkbox("##visible", &visible))
    state.push([i, visible](AppState& s) {
      s.doc->layers[std::size_t(i)].spec.visible = visible;
      recordVisibility(s, i);
    });
  ImGui::SameLine();
  if (ImGui::Selectable(layer.spec.title.c_str(), state.active_layer == i))
    state.push([i](AppState& s) { s.active_layer = i; });
  if (ImGui::IsItemHovered())
    ImGui::SetTooltip("%s\n%s", layer.data.source_path.c_str(), layer.data.report.summary().c_str());
  if (state.active_layer == i) {
    float opacity = static_cast<float>(layer.spec.style.opacity);
    ImGui::SetNextItemWidth(120);
    if (ImGui::SliderFloat((tr("layers.opacity") + "###opacity").c_str(), &opacity, 0.0f, 1.0f, "%.2f"))
      state.push([i, opacity](AppState& s) { s.doc->layers[std::size_t(i)].spec.style.opacity = opacity; });
    recordWhenReleased(state, i);
    ImGui::SameLine();
    if (ImGui::ArrowButton("##up", ImGuiDir_Up) && i + 1 < count)
      state.push([i](AppState& s) { swapLayers(s, i, i + 1); });
    ImGui::SameLine();
    if (ImGui::ArrowButton("##down", ImGuiDir_Down) && i > 0)
      state.push([i](AppState& s) { swapLayers(s, i, i - 1); });
    ImGui::SameLine();
    if (ImGui::SmallButton((tr("layers.zoom") + "###zoom").c_str())) state.push([i](AppState& s) { s.zoomToLayer(i); });
    ImGui::SameLine();
    if (ImGui::SmallButton((tr("layers.remove") + "###remove").c_str()))
      state.push([i](AppState& s) {
        s.doc->layers.erase(s.doc->layers.begin() + i);
        s.scene->removeLayer(std::size_t(i));
        s.active_layer = -1;
        s.selection.clear();
        s.hover.reset();
        s.identify.reset();
      });
  }
  ImGui::PopID();
}

bool comboOf(const std::string& label, std::string& value, const std::vector<std::pair<std::string, std::string>>& items) {
  std::string preview = value;
  for (const auto& [id, name] : items)
    if (id == value) preview = name;
  bool changed = false;
  if (ImGui::BeginCombo(label.c_str(), preview.c_str())) {
    for (const auto& [id, name] : items)
      if (ImGui::Selectable(name.c_str(), id == value)) value = id, changed = true;
    ImGui::EndCombo();
  }
  return changed;
}

void pushStyle(AppState& state, int layer, StyleSpec style) {
  state.push([layer, style](AppState& s) {
    auto& l = s.doc->layers[std::size_t(layer)];
    if (auto ok = geo::map::applyStyle(l, style); !ok) {
      s.status = ok.error().toString();
      return;
    }
    s.scene->restyle(l, std::size_t(layer));
    recordStyle(s, layer);
  });
}

void choroplethControls(AppState& state, int i, const MapLayer& layer) {
  StyleSpec style = layer.spec.style;
  bool changed = false;
  std::string source = style.indicator.empty() ? style.field : style.indicator;
  if (comboOf(tr("style.value") + "###value", source, geo::map::thematicChoices(layer))) {
    const bool indicator = layer.indicators.count(source) > 0;
    style.indicator = indicator ? source : "";
    style.field = indicator ? "" : source;
    changed = true;
  }
  std::vector<std::pair<std::string, std::string>> methods;
  for (const char* id : {"natural_breaks", "quantile", "equal_interval"})
    methods.emplace_back(id, tr(std::string("style.method.") + id));
  changed |= comboOf(tr("style.method") + "###method", style.method, methods);
  changed |= ImGui::SliderInt((tr("style.classes") + "###classes").c_str(), &style.classes, 3, 9);
  std::vector<std::pair<std::string, std::string>> ramps;
  for (const auto& ramp : geo::carto::colorRamps())
    if (ramp.kind == geo::carto::RampKind::kSequential)
      ramps.emplace_back(std::string(ramp.id), std::string(ramp.name));
  changed |= comboOf(tr("style.colours") + "###colours", style.ramp, ramps);
  if (changed) pushStyle(state, i, style);
}

}  // namespace

void drawLayersPanel(AppState& state) {
  if (!ImGui::CollapsingHeader((tr("layers.title") + "###layers").c_str(), ImGuiTreeNodeFlags_DefaultOpen)) return;
  const int count = static_cast<int>(state.doc->layers.size());
  for (int i = count - 1; i >= 0; --i) layerRow(state, i, state.doc->layers[std::size_t(i)], count);
  if (ImGui::Button((tr("layers.add") + "###add").c_str())) state.push([](AppState& s) { s.show_open_dialog = true; });
  ImGui::SameLine();
  if (ImGui::Button((tr("layers.zoom_all") + "###zoom_all").c_str())) state.push([](AppState& s) { s.zoomToAll(); });
}

void drawStylePanel(AppState& state) {
  if (!ImGui::CollapsingHeader((tr("style.title") + "###style").c_str(), ImGuiTreeNodeFlags_DefaultOpen)) return;
  const int i = state.active_layer;
  if (i < 0 || i >= static_cast<int>(state.doc->layers.size())) {
    ImGui::TextDisabled("%s", tr("style.select_layer").c_str());
    return;
  }
  const MapLayer& layer = state.doc->layers[std::size_t(i)];
  const bool polygons = layer.display.kind == geo::core::GeometryKind::kPolygon;
  int type = layer.spec.style.type == StyleType::kChoropleth ? 1 : 0;
  if (polygons && ImGui::RadioButton((tr("style.single") + "###single").c_str(), &type, 0)) {
    StyleSpec s = layer.spec.style;
    s.type = StyleType::kFill;
    pushStyle(state, i, s);
  }
  if (polygons) ImGui::SameLine();
  if (polygons && ImGui::RadioButton((tr("style.choropleth") + "###choropleth").c_str(), &type, 1) && !geo::map::thematicChoices(layer).empty()) {
    StyleSpec s = layer.spec.style;
    s.type = StyleType::kChoropleth;
    if (s.field.empty() && s.indicator.empty()) {
      auto first = geo::map::thematicChoices(layer).front().first;
      (layer.indicators.count(first) ? s.indicator : s.field) = first;
    }
    pushStyle(state, i, s);
  }
  if (layer.spec.style.type == StyleType::kChoropleth) choroplethControls(state, i, layer);
  float width = static_cast<float>(layer.spec.style.outline_width_px);
  if (ImGui::SliderFloat((tr("style.outline_px") + "###outline").c_str(), &width, 0.0f, 6.0f, "%.1f")) {
    StyleSpec s = layer.spec.style;
    s.outline_width_px = width;
    state.push([i, s](AppState& st) { st.doc->layers[std::size_t(i)].spec.style = s; });
  }
  recordWhenReleased(state, i);
  if (layer.display.kind == geo::core::GeometryKind::kPoint) {
    float size = static_cast<float>(layer.spec.style.point_size_px);
    if (ImGui::SliderFloat((tr("style.symbol_px") + "###symbol").c_str(), &size, 2.0f, 30.0f, "%.0f")) {
      StyleSpec s = layer.spec.style;
      s.point_size_px = size;
      state.push([i, s](AppState& st) { st.doc->layers[std::size_t(i)].spec.style = s; });
    }
    recordWhenReleased(state, i);
  }
  if (layer.join) ImGui::TextWrapped("%s", trf("style.join", layer.join->summary()).c_str());
  ImGui::TextWrapped("%s", trf("style.load", layer.data.report.summary()).c_str());
}

void drawViewPanel(AppState& state) {
  if (!ImGui::CollapsingHeader((tr("view.title") + "###view").c_str())) return;
  const std::string crs_text =
      trf("view.display_crs", state.doc->display_crs_name, state.doc->display_crs);
  ImGui::TextWrapped("%s", crs_text.c_str());
  static std::array<char, 64> crs{};
  ImGui::SetNextItemWidth(160);
  ImGui::InputTextWithHint("##crs", "EPSG:6434", crs.data(), crs.size());
  ImGui::SameLine();
  if (ImGui::Button((tr("view.apply_crs") + "###apply_crs").c_str())) {
    std::string wanted(crs.data());
    state.push([wanted](AppState& s) {
      auto ok = geo::map::setDisplayCrs(*s.doc, wanted);
      s.status = ok ? trf("view.crs_set", s.doc->display_crs_name) : ok.error().toString();
      if (ok) s.rebuild_scene = true;
    });
  }
  drawEngagementControls(state);
}

void drawSidebar(AppState& state, Rect area) {
  ImGui::SetNextWindowPos({area.x, area.y});
  ImGui::SetNextWindowSize({area.w, area.h});
  ImGui::Begin("##sidebar", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                   ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoSavedSettings);
  ImGui::TextWrapped("%s", state.doc ? state.doc->name.c_str() : tr("app.name").c_str());
  ImGui::Separator();
  if (state.doc) {
    drawLayersPanel(state);
    drawStylePanel(state);
    drawViewPanel(state);
    drawViewsPanel(state);
    if (ImGui::Button((geo::i18n::tr("equity.open_window") + "###equity_open").c_str()))
      state.push([](AppState& s) { s.show_equity = !s.show_equity; });
    if (ImGui::Button((tr("comments.open_window") + "###comments_open").c_str()))
      state.push([](AppState& s) { s.show_comments = !s.show_comments; });
  } else {
    ImGui::TextWrapped("%s", tr("app.loading").c_str());
  }
  ImGui::End();
}

}  // namespace app::gui
