#include "app/gui/scene.h"

#include <algorithm>

#include "geo/store/layer_order.h"

namespace app::gui {

using geo::map::StyleType;

std::uint32_t packColor(geo::carto::Rgba c) { return render::packRgba(c.r, c.g, c.b, c.a); }

geo::core::Result<std::unique_ptr<Scene>> Scene::create() {
  auto renderer = render::MapRenderer::create();
  if (!renderer) return std::unexpected(renderer.error());
  auto scene = std::make_unique<Scene>();
  scene->renderer_ = std::move(*renderer);
  return scene;
}

std::vector<render::LayerMesh> buildMeshes(const geo::map::MapDocument& doc,
                                           geo::core::Progress* progress) {
  std::vector<render::LayerMesh> meshes;
  for (const auto& layer : doc.layers) meshes.push_back(render::buildLayerMesh(layer.display, {}, progress));
  return meshes;
}

void Scene::reset(const geo::map::MapDocument& doc, std::vector<render::LayerMesh> meshes) {
  for (auto h : handles_) renderer_->remove(h);
  handles_.clear();
  triangles_.clear();
  for (std::size_t i = 0; i < meshes.size() && i < doc.layers.size(); ++i)
    append(doc.layers[i], std::move(meshes[i]));
}

void Scene::append(const geo::map::MapLayer& layer, render::LayerMesh mesh) {
  handles_.push_back(renderer_->upload(mesh));
  triangles_.push_back(mesh.triangles());
  restyle(layer, handles_.size() - 1);
}

void Scene::removeLayer(std::size_t index) {
  if (index >= handles_.size()) return;
  renderer_->remove(handles_[index]);
  handles_.erase(handles_.begin() + static_cast<std::ptrdiff_t>(index));
  triangles_.erase(triangles_.begin() + static_cast<std::ptrdiff_t>(index));
}

void Scene::moveLayer(std::size_t from, std::size_t to) {
  if (from >= handles_.size() || to >= handles_.size()) return;
  auto h = handles_[from];
  auto t = triangles_[from];
  handles_.erase(handles_.begin() + static_cast<std::ptrdiff_t>(from));
  triangles_.erase(triangles_.begin() + static_cast<std::ptrdiff_t>(from));
  handles_.insert(handles_.begin() + static_cast<std::ptrdiff_t>(to), h);
  triangles_.insert(triangles_.begin() + static_cast<std::ptrdiff_t>(to), t);
}

void Scene::reorder(const std::vector<std::size_t>& slots) {
  if (slots.size() != handles_.size()) return;
  geo::store::applySlots(handles_, slots);
  geo::store::applySlots(triangles_, slots);
}

void Scene::restyle(const geo::map::MapLayer& layer, std::size_t index) {
  if (index >= handles_.size()) return;
  std::vector<std::uint32_t> packed;
  const auto colors = layer.featureColors();
  packed.reserve(colors.size());
  for (const auto& c : colors) packed.push_back(packColor(c));
  renderer_->setFeatureColors(handles_[index], packed);
  const auto sizes = layer.featureSizesPx();
  renderer_->setFeatureSizes(handles_[index], std::vector<float>(sizes.begin(), sizes.end()));
}

render::LayerDrawStyle drawStyleFor(const geo::map::MapLayer& layer) {
  const auto& s = layer.spec.style;
  render::LayerDrawStyle d;
  d.visible = layer.spec.visible;
  d.opacity = static_cast<float>(s.opacity);
  d.draw_fill = s.type == StyleType::kFill || s.type == StyleType::kChoropleth;
  d.draw_outline = !s.outline.empty() && s.outline_width_px > 0;
  if (auto c = geo::carto::parseHex(s.outline)) d.outline_rgba = packColor(*c);
  d.outline_width_px = static_cast<float>(s.outline_width_px);
  d.point_size_px = static_cast<float>(s.point_size_px);
  if (auto c = geo::carto::parseHex(s.outline.empty() ? "#333333" : s.outline))
    d.point_ring_rgba = packColor(*c);
  return d;
}

void Scene::draw(const geo::map::MapDocument& doc,
                 const render::MapView& view,
                 const SceneSelection& selection,
                 int viewport_x,
                 int viewport_y) const {
  std::vector<std::pair<render::LayerHandle, render::LayerDrawStyle>> order;
  for (std::size_t i = 0; i < doc.layers.size() && i < handles_.size(); ++i)
    order.emplace_back(handles_[i], drawStyleFor(doc.layers[i]));
  render::Selection sel;
  const bool has_selection = selection.layer >= 0 &&
                             static_cast<std::size_t>(selection.layer) < handles_.size() &&
                             !selection.rows.empty();
  if (has_selection) {
    sel.layer = handles_[static_cast<std::size_t>(selection.layer)];
    sel.features = selection.rows;
  }
  renderer_->draw(view, order, has_selection ? &sel : nullptr, viewport_x, viewport_y);
}

std::size_t Scene::triangleCount() const {
  std::size_t total = 0;
  for (auto t : triangles_) total += t;
  return total;
}

}  // namespace app::gui
