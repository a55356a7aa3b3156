#include "app/gui/map_overlays.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "app/gui/scene.h"

namespace app::gui {
namespace {

constexpr ImGuiWindowFlags kOverlayFlags =
    ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize |
    ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoFocusOnAppearing |
    ImGuiWindowFlags_NoNav | ImGuiWindowFlags_NoMove;

ImU32 toImColor(geo::carto::Rgba c) { return IM_COL32(c.r, c.g, c.b, c.a); }

ImU32 ringColor(const geo::map::MapLayer& layer) {
  return toImColor(geo::carto::parseHex(layer.spec.style.outline)
                       .value_or(geo::carto::Rgba{51, 51, 51, 255}));
}

// A graduated symbol at its class's size, centred in a column `width` wide.
void sizedSymbol(const geo::map::MapLayer& layer, const geo::map::LegendEntry& entry, float width) {
  const float d = static_cast<float>(entry.symbol_size_px);
  const float height = std::max(ImGui::GetTextLineHeight(), d + 2);
  const ImVec2 p = ImGui::GetCursorScreenPos();
  const ImVec2 centre{p.x + width / 2, p.y + height / 2};
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddCircleFilled(centre, d / 2, toImColor(entry.color));
  draw->AddCircle(centre, d / 2, ringColor(layer), 0, 1.5f);
  ImGui::Dummy({width, height});
}

void swatch(const geo::map::MapLayer& layer, const geo::map::LegendEntry& entry, float width) {
  if (entry.symbol_size_px > 0) return sizedSymbol(layer, entry, width);
  const float size = ImGui::GetTextLineHeight();
  ImVec2 p = ImGui::GetCursorScreenPos();
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const auto type = layer.spec.style.type;
  if (type == geo::map::StyleType::kPoint) {
    draw->AddCircleFilled({p.x + size / 2, p.y + size / 2}, size * 0.35f, toImColor(entry.color));
    draw->AddCircle({p.x + size / 2, p.y + size / 2}, size * 0.35f, ringColor(layer), 0, 1.5f);
  } else if (type == geo::map::StyleType::kOutline) {
    draw->AddLine({p.x, p.y + size / 2}, {p.x + size * 1.4f, p.y + size / 2},
                  toImColor(entry.color), 2.5f);
  } else {
    draw->AddRectFilled(p, {p.x + size * 1.4f, p.y + size}, toImColor(entry.color));
    draw->AddRect(p, {p.x + size * 1.4f, p.y + size}, IM_COL32(120, 120, 120, 255));
  }
  ImGui::Dummy({width, size});
}

void layerLegend(const geo::map::MapLayer& layer) {
  const auto entries = layer.legend();
  float width = ImGui::GetTextLineHeight() * 1.4f;  // the symbol column
  for (const auto& entry : entries) width = std::max(width, float(entry.symbol_size_px) + 2);
  if (!layer.thematic && entries.size() == 1) {  // single symbol: one line
    swatch(layer, entries.front(), width);
    ImGui::SameLine();
    ImGui::TextUnformatted(layer.spec.title.c_str());
    return;
  }
  ImGui::TextUnformatted(layer.spec.title.c_str());
  if (layer.thematic) ImGui::TextDisabled("%s", layer.thematicLabel().c_str());
  for (const auto& entry : entries) {
    swatch(layer, entry, width);
    const float row = ImGui::GetItemRectSize().y;
    ImGui::SameLine();
    // The label sits in the middle of a row taller than the text (a big symbol).
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() + (row - ImGui::GetTextLineHeight()) / 2);
    if (entry.count > 0 || entry.no_data)
      ImGui::Text("%s (%zu)", entry.label.c_str(), entry.count);
    else
      ImGui::TextUnformatted(entry.label.c_str());
  }
}

}  // namespace

void drawLegend(const geo::map::MapDocument& doc, Rect map) {
  const float margin = 10.0f;
  ImGui::SetNextWindowPos({map.x + map.w - margin, map.y + map.h - margin}, ImGuiCond_Always,
                          {1.0f, 1.0f});
  ImGui::SetNextWindowBgAlpha(0.92f);
  ImGui::PushStyleColor(ImGuiCol_WindowBg, IM_COL32(255, 255, 255, 255));
  ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(20, 20, 20, 255));
  ImGui::PushStyleColor(ImGuiCol_TextDisabled, IM_COL32(90, 90, 90, 255));
  if (ImGui::Begin("##legend", nullptr, kOverlayFlags)) {
    bool first = true;
    for (auto it = doc.layers.rbegin(); it != doc.layers.rend(); ++it) {
      if (!it->spec.visible) continue;
      if (!first) ImGui::Spacing();
      first = false;
      layerLegend(*it);
    }
  }
  ImGui::End();
  ImGui::PopStyleColor(3);
}

std::pair<double, std::string> roundScaleLength(double max_metres) {
  if (!(max_metres > 0) || !std::isfinite(max_metres)) return {0.0, ""};
  const double power = std::pow(10.0, std::floor(std::log10(max_metres)));
  double length = power;
  for (double step : {2.0, 5.0, 10.0})
    if (power * step <= max_metres) length = power * step;
  std::string label = length >= 1000 ? fmt::format("{:g} km", length / 1000)
                                     : fmt::format("{:g} m", length);
  return {length, label};
}

void drawScaleBar(const geo::map::MapDocument& doc, const render::MapView& view, Rect map) {
  const double metres_per_px = view.unitsPerPixel() * doc.display_metres_per_unit;
  auto [metres, label] = roundScaleLength(metres_per_px * std::min(200.0f, map.w / 3));
  if (metres <= 0) return;
  const float px = static_cast<float>(metres / metres_per_px);
  ImDrawList* draw = ImGui::GetForegroundDrawList();
  const ImVec2 a{map.x + 16, map.y + map.h - 22};
  const ImVec2 b{a.x + px, a.y};
  draw->AddRectFilled({a.x - 6, a.y - 24}, {b.x + 6, a.y + 8}, IM_COL32(255, 255, 255, 210), 3);
  draw->AddLine(a, b, IM_COL32(20, 20, 20, 255), 3);
  draw->AddLine({a.x, a.y - 6}, {a.x, a.y + 2}, IM_COL32(20, 20, 20, 255), 2);
  draw->AddLine({b.x, b.y - 6}, {b.x, b.y + 2}, IM_COL32(20, 20, 20, 255), 2);
  const ImVec2 size = ImGui::CalcTextSize(label.c_str());
  draw->AddText({(a.x + b.x - size.x) / 2, a.y - 6 - size.y}, IM_COL32(20, 20, 20, 255),
                label.c_str());
}

void drawTitle(const geo::map::MapDocument& doc, Rect map) {
  ImGui::SetNextWindowPos({map.x + 10, map.y + 10}, ImGuiCond_Always);
  ImGui::SetNextWindowBgAlpha(0.92f);
  ImGui::PushStyleColor(ImGuiCol_WindowBg, IM_COL32(255, 255, 255, 255));
  ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(20, 20, 20, 255));
  if (ImGui::Begin("##title", nullptr, kOverlayFlags)) ImGui::TextUnformatted(doc.name.c_str());
  ImGui::End();
  ImGui::PopStyleColor(2);
}

}  // namespace app::gui
