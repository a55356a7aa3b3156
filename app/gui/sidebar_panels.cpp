#include <imgui.h>

#include <array>

#include "app/gui/panels.h"
#include "geo/i18n/catalog.h"

namespace app::gui {
namespace {

using geo::map::MapLayer;
using geo::map::StyleSpec;
using geo::map::StyleType;

void layerRow(AppState& state, int i, const MapLayer& layer, int count) {
  ImGui::PushID(i);
  bool visible = layer.spec.visible;
  if (ImGui::Checkbox("##visible", &visible))
    state.push([i, visible](AppState& s) { s.doc->layers[std::size_t(i)].spec.visible = visible; });
  ImGui::SameLine();
  if (ImGui::Selectable(layer.spec.title.c_str(), state.active_layer == i))
    state.push([i](AppState& s) { s.active_layer = i; });
  if (ImGui::IsItemHovered())
    ImGui::SetTooltip("%s\n%s", layer.data.source_path.c_str(), layer.data.report.summary().c_str());
  if (state.active_layer == i) {
    float opacity = static_cast<float>(layer.spec.style.opacity);
    ImGui::SetNextItemWidth(120);
    if (ImGui::SliderFloat("opacity", &opacity, 0.0f, 1.0f, "%.2f"))
      state.push([i, opacity](AppState& s) { s.doc->layers[std::size_t(i)].spec.style.opacity = opacity; });
    ImGui::SameLine();
    if (ImGui::ArrowButton("##up", ImGuiDir_Up) && i + 1 < count)
      state.push([i](AppState& s) {
        std::swap(s.doc->layers[std::size_t(i)], s.doc->layers[std::size_t(i + 1)]);
        s.scene->moveLayer(std::size_t(i), std::size_t(i + 1));
        s.active_layer = i + 1;
        s.selection.clear();
      });
    ImGui::SameLine();
    if (ImGui::ArrowButton("##down", ImGuiDir_Down) && i > 0)
      state.push([i](AppState& s) {
        std::swap(s.doc->layers[std::size_t(i)], s.doc->layers[std::size_t(i - 1)]);
        s.scene->moveLayer(std::size_t(i), std::size_t(i - 1));
        s.active_layer = i - 1;
        s.selection.clear();
      });
    ImGui::SameLine();
    if (ImGui::SmallButton("Zoom")) state.push([i](AppState& s) { s.zoomToLayer(i); });
    ImGui::SameLine();
    if (ImGui::SmallButton("Remove"))
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

bool comboOf(const char* label, std::string& value, const std::vector<std::pair<std::string, std::string>>& items) {
  std::string preview = value;
  for (const auto& [id, name] : items)
    if (id == value) preview = name;
  bool changed = false;
  if (ImGui::BeginCombo(label, preview.c_str())) {
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
  if (comboOf("value", source, geo::map::thematicChoices(layer))) {
    const bool indicator = layer.indicators.count(source) > 0;
    style.indicator = indicator ? source : "";
    style.field = indicator ? "" : source;
    changed = true;
  }
  static const std::vector<std::pair<std::string, std::string>> kMethods = {
      {"natural_breaks", "Natural breaks (Jenks)"},
      {"quantile", "Quantile"},
      {"equal_interval", "Equal interval"}};
  changed |= comboOf("method", style.method, kMethods);
  changed |= ImGui::SliderInt("classes", &style.classes, 3, 9);
  std::vector<std::pair<std::string, std::string>> ramps;
  for (const auto& ramp : geo::carto::colorRamps())
    if (ramp.kind == geo::carto::RampKind::kSequential)
      ramps.emplace_back(std::string(ramp.id), std::string(ramp.name));
  changed |= comboOf("colours", style.ramp, ramps);
  if (changed) pushStyle(state, i, style);
}

}  // namespace

void drawLayersPanel(AppState& state) {
  if (!ImGui::CollapsingHeader("Layers", ImGuiTreeNodeFlags_DefaultOpen)) return;
  const int count = static_cast<int>(state.doc->layers.size());
  for (int i = count - 1; i >= 0; --i) layerRow(state, i, state.doc->layers[std::size_t(i)], count);
  if (ImGui::Button("Add layer...")) state.push([](AppState& s) { s.show_open_dialog = true; });
  ImGui::SameLine();
  if (ImGui::Button("Zoom to all")) state.push([](AppState& s) { s.zoomToAll(); });
}

void drawStylePanel(AppState& state) {
  if (!ImGui::CollapsingHeader("Style", ImGuiTreeNodeFlags_DefaultOpen)) return;
  const int i = state.active_layer;
  if (i < 0 || i >= static_cast<int>(state.doc->layers.size())) {
    ImGui::TextDisabled("Select a layer above.");
    return;
  }
  const MapLayer& layer = state.doc->layers[std::size_t(i)];
  const bool polygons = layer.display.kind == geo::core::GeometryKind::kPolygon;
  int type = layer.spec.style.type == StyleType::kChoropleth ? 1 : 0;
  if (polygons && ImGui::RadioButton("Single colour", &type, 0)) {
    StyleSpec s = layer.spec.style;
    s.type = StyleType::kFill;
    pushStyle(state, i, s);
  }
  if (polygons) ImGui::SameLine();
  if (polygons && ImGui::RadioButton("Choropleth", &type, 1) && !geo::map::thematicChoices(layer).empty()) {
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
  if (ImGui::SliderFloat("outline px", &width, 0.0f, 6.0f, "%.1f")) {
    StyleSpec s = layer.spec.style;
    s.outline_width_px = width;
    state.push([i, s](AppState& st) { st.doc->layers[std::size_t(i)].spec.style = s; });
  }
  if (layer.display.kind == geo::core::GeometryKind::kPoint) {
    float size = static_cast<float>(layer.spec.style.point_size_px);
    if (ImGui::SliderFloat("symbol px", &size, 2.0f, 30.0f, "%.0f")) {
      StyleSpec s = layer.spec.style;
      s.point_size_px = size;
      state.push([i, s](AppState& st) { st.doc->layers[std::size_t(i)].spec.style = s; });
    }
  }
  if (layer.join) ImGui::TextWrapped("Join: %s", layer.join->summary().c_str());
  ImGui::TextWrapped("Load: %s", layer.data.report.summary().c_str());
}

void drawViewPanel(AppState& state) {
  if (!ImGui::CollapsingHeader("View")) return;
  ImGui::TextWrapped("Display CRS: %s (%s)", state.doc->display_crs_name.c_str(),
                     state.doc->display_crs.c_str());
  static std::array<char, 64> crs{};
  ImGui::SetNextItemWidth(160);
  ImGui::InputTextWithHint("##crs", "EPSG:6434", crs.data(), crs.size());
  ImGui::SameLine();
  if (ImGui::Button("Apply CRS")) {
    std::string wanted(crs.data());
    state.push([wanted](AppState& s) {
      auto ok = geo::map::setDisplayCrs(*s.doc, wanted);
      s.status = ok ? "Display CRS set to " + s.doc->display_crs_name + "; reloading the map"
                    : ok.error().toString();
      if (ok) s.rebuild_scene = true;
    });
  }
  ImGui::Checkbox("Large type (projector)", &state.presentation_scale);
}

void drawSidebar(AppState& state, Rect area) {
  ImGui::SetNextWindowPos({area.x, area.y});
  ImGui::SetNextWindowSize({area.w, area.h});
  ImGui::Begin("##sidebar", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                   ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoSavedSettings);
  ImGui::TextWrapped("%s", state.doc ? state.doc->name.c_str() : "equimap");
  ImGui::Separator();
  if (state.doc) {
    drawLayersPanel(state);
    drawStylePanel(state);
    drawViewPanel(state);
    if (ImGui::Button((geo::i18n::tr("equity.open_window") + "###equity_open").c_str()))
      state.push([](AppState& s) { s.show_equity = !s.show_equity; });
  } else {
    ImGui::TextWrapped("Loading...");
  }
  ImGui::End();
}

}  // namespace app::gui
