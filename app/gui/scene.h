#pragma once

// Scene: keeps the GPU copy of a MapDocument in step with it. Owns the
// renderer, one uploaded mesh per document layer, and uploads colour tables
// when styles change. Used by the interactive viewer and by the headless
// `render` command, so both draw the same map. GL thread only.

#include <memory>
#include <vector>

#include "app/render/layer_mesh.h"
#include "app/render/map_renderer.h"
#include "geo/map/map_document.h"

namespace app::gui {

struct SceneSelection {
  int layer = -1;
  std::vector<std::uint32_t> rows;
};

class Scene {
 public:
  static geo::core::Result<std::unique_ptr<Scene>> create();

  // Replaces everything with `meshes`, one per document layer, in layer order.
  void reset(const geo::map::MapDocument& doc, std::vector<render::LayerMesh> meshes);
  // Adds the mesh of a layer just appended to the document.
  void append(const geo::map::MapLayer& layer, render::LayerMesh mesh);
  void removeLayer(std::size_t index);
  void moveLayer(std::size_t from, std::size_t to);
  // Slot i takes the layer now at index slots[i] (a permutation of all layers).
  void reorder(const std::vector<std::size_t>& slots);
  // Re-uploads the colour (and graduated symbol size) table of one layer
  // after its style changed.
  void restyle(const geo::map::MapLayer& layer, std::size_t index);

  void draw(const geo::map::MapDocument& doc,
            const render::MapView& view,
            const SceneSelection& selection,
            int viewport_x,
            int viewport_y) const;

  const render::MapRenderer& renderer() const { return *renderer_; }
  std::size_t triangleCount() const;

 private:
  std::unique_ptr<render::MapRenderer> renderer_;
  std::vector<render::LayerHandle> handles_;
  std::vector<std::size_t> triangles_;
};

// Builds the meshes of every layer of a document (worker thread friendly).
std::vector<render::LayerMesh> buildMeshes(const geo::map::MapDocument& doc,
                                           geo::core::Progress* progress);

std::uint32_t packColor(geo::carto::Rgba c);
render::LayerDrawStyle drawStyleFor(const geo::map::MapLayer& layer);

}  // namespace app::gui
