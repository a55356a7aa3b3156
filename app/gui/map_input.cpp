#include "app/gui/map_input.h"

#include <GLFW/glfw3.h>
#include <imgui.h>

#include <cmath>

namespace app::gui {
namespace {

constexpr double kPickRadiusPx = 6.0;
constexpr double kKeyZoom = 1.5;
constexpr double kKeyPanPx = 80.0;

bool inside(Rect r, ImVec2 p) { return p.x >= r.x && p.y >= r.y && p.x < r.x + r.w && p.y < r.y + r.h; }

void handleKeys(AppState& state) {
  const ImGuiIO& io = ImGui::GetIO();
  if (io.WantTextInput) return;
  const render::ScreenPoint center{state.view.width() / 2, state.view.height() / 2};
  if (ImGui::IsKeyPressed(GLFW_KEY_EQUAL) || ImGui::IsKeyPressed(GLFW_KEY_KP_ADD))
    state.view.zoomAt(center, kKeyZoom);
  if (ImGui::IsKeyPressed(GLFW_KEY_MINUS) || ImGui::IsKeyPressed(GLFW_KEY_KP_SUBTRACT))
    state.view.zoomAt(center, 1 / kKeyZoom);
  if (ImGui::IsKeyPressed(GLFW_KEY_LEFT)) state.view.panByPixels(kKeyPanPx, 0);
  if (ImGui::IsKeyPressed(GLFW_KEY_RIGHT)) state.view.panByPixels(-kKeyPanPx, 0);
  if (ImGui::IsKeyPressed(GLFW_KEY_UP)) state.view.panByPixels(0, kKeyPanPx);
  if (ImGui::IsKeyPressed(GLFW_KEY_DOWN)) state.view.panByPixels(0, -kKeyPanPx);
  if (ImGui::IsKeyPressed(GLFW_KEY_HOME) && state.doc) state.view.fit(state.doc->home);
  if (ImGui::IsKeyPressed(GLFW_KEY_F) && !io.KeyCtrl) state.zoomToAll();
  if (ImGui::IsKeyPressed(GLFW_KEY_L)) state.zoomToLayer(state.active_layer);
  if (ImGui::IsKeyPressed(GLFW_KEY_S) && !io.KeyCtrl) state.zoomToSelection();
  if (ImGui::IsKeyPressed(GLFW_KEY_T)) state.show_table = !state.show_table;
  if (ImGui::IsKeyPressed(GLFW_KEY_O) && io.KeyCtrl) state.show_open_dialog = true;
  if (ImGui::IsKeyPressed(GLFW_KEY_ESCAPE)) {
    state.selection.clear();
    state.identify.reset();
  }
}

}  // namespace

std::optional<Hover> pickAt(const AppState& state, render::MapPoint p) {
  if (!state.doc) return std::nullopt;
  const double tolerance = kPickRadiusPx * state.view.unitsPerPixel();
  // Unfilled polygon layers (e.g. town boundaries) are picked only when no
  // filled or point layer is under the cursor, so they do not hide the tracts.
  std::optional<Hover> outline_hit;
  for (int i = static_cast<int>(state.doc->layers.size()) - 1; i >= 0; --i) {
    const auto& layer = state.doc->layers[std::size_t(i)];
    if (!layer.spec.visible) continue;
    auto row = layer.index.pick(layer.display, p, tolerance);
    if (!row) continue;
    const bool unfilled = layer.display.kind == geo::core::GeometryKind::kPolygon &&
                          layer.spec.style.type == geo::map::StyleType::kOutline;
    if (!unfilled) return Hover{i, *row};
    if (!outline_hit) outline_hit = Hover{i, *row};
  }
  return outline_hit;
}

namespace {

// The cursor in WGS 84 for the status bar; nothing when the display CRS has no
// transformation to it or the point is outside its domain.
std::optional<geo::core::Vec2> toLonLat(AppState& state, geo::core::Vec2 point) {
  if (!state.doc) return std::nullopt;
  if (state.to_lonlat_crs != state.doc->display_crs) {
    state.to_lonlat_crs = state.doc->display_crs;
    auto created = geo::proj::Transformer::create(state.doc->display_crs, "EPSG:4326");
    state.to_lonlat = created ? std::make_shared<geo::proj::Transformer>(std::move(*created))
                              : nullptr;
  }
  if (!state.to_lonlat) return std::nullopt;
  const geo::core::Vec2 lonlat = state.to_lonlat->forward(point);
  if (!std::isfinite(lonlat.x) || !std::isfinite(lonlat.y)) return std::nullopt;
  return lonlat;
}

}  // namespace

void handleMapInput(AppState& state, Rect map) {
  const ImGuiIO& io = ImGui::GetIO();
  if (!io.WantCaptureKeyboard && !state.engage.presenting) handleKeys(state);

  const bool over_map = inside(map, io.MousePos) && !io.WantCaptureMouse;
  const render::ScreenPoint cursor{io.MousePos.x - map.x, io.MousePos.y - map.y};
  state.cursor_map.reset();
  state.cursor_lonlat.reset();
  state.hover.reset();
  if (!over_map) return;

  state.cursor_map = state.view.toMap(cursor);
  state.cursor_lonlat = toLonLat(state, *state.cursor_map);
  if (io.MouseWheel != 0) state.view.zoomAt(cursor, std::pow(1.2, io.MouseWheel));
  if (ImGui::IsMouseDragging(ImGuiMouseButton_Left, 2.0f))
    state.view.panByPixels(io.MouseDelta.x, io.MouseDelta.y);

  state.hover = pickAt(state, *state.cursor_map);
  // A click is a release without a drag.
  if (ImGui::IsMouseReleased(ImGuiMouseButton_Left) && io.MouseDragMaxDistanceSqr[0] < 4.0f) {
    if (state.map_tool != MapTool::kSelect) {
      state.tool_clicks.push_back({state.map_tool, *state.cursor_map, state.hover});
    } else if (state.hover) {
      io.KeyCtrl || io.KeyShift ? state.selection.toggle(state.hover->layer, state.hover->row)
                                : state.selection.set(state.hover->layer, state.hover->row);
      state.identify = state.hover;
      state.identify_point = state.cursor_map;
      state.active_layer = state.hover->layer;
    } else {
      state.selection.clear();
    }
  }
}

}  // namespace app::gui
