#pragma once

// MapRenderer: draws uploaded LayerMeshes with OpenGL 3.3 core. Holds the GPU
// copies of each layer (vertex and index buffers, a per-feature colour table)
// and the three shader programs (fills, pixel-width outlines, point symbols).
// Must be created, used and destroyed on the thread owning the GL context.
// Restyling uploads a new colour table only; geometry stays on the GPU.

#include <array>
#include <cstdint>
#include <memory>
#include <vector>

#include "app/render/gl_objects.h"
#include "app/render/layer_mesh.h"
#include "app/render/map_view.h"
#include "geo/core/error.h"

namespace app::render {

using LayerHandle = std::size_t;

struct LayerDrawStyle {
  bool visible = true;
  float opacity = 1.0f;
  bool draw_fill = true;
  bool draw_outline = true;
  std::uint32_t outline_rgba = 0xffffffffu;  // packed as bytes r, g, b, a in memory order
  float outline_width_px = 0.5f;             // logical pixels
  float point_size_px = 8.0f;                // logical pixels
  std::uint32_t point_ring_rgba = 0xff333333u;
};

struct Selection {
  LayerHandle layer = 0;
  std::vector<std::uint32_t> features;
};

class MapRenderer {
 public:
  static geo::core::Result<std::unique_ptr<MapRenderer>> create();
  ~MapRenderer();

  LayerHandle upload(const LayerMesh& mesh);
  void remove(LayerHandle layer);
  // One RGBA colour per feature (row), in feature order.
  void setFeatureColors(LayerHandle layer, const std::vector<std::uint32_t>& rgba);
  // Point layers: one symbol diameter per feature in logical pixels (graduated
  // symbols); empty = every symbol has LayerDrawStyle::point_size_px.
  void setFeatureSizes(LayerHandle layer, const std::vector<float>& sizes_px);

  // Draws `order` (bottom first) into the currently bound framebuffer, in a
  // viewport of view.width() * view.pixelRatio() by view.height() * view.pixelRatio()
  // framebuffer pixels whose lower-left corner is (viewport_x, viewport_y).
  void draw(const MapView& view,
            const std::vector<std::pair<LayerHandle, LayerDrawStyle>>& order,
            const Selection* selection,
            int viewport_x = 0,
            int viewport_y = 0) const;

  // Figures for the benchmark: chunks and triangles drawn in the last frame.
  std::size_t lastTriangles() const { return last_triangles_; }

 private:
  struct GpuLevel;
  struct GpuLayer;
  MapRenderer() = default;
  void drawLayer(const GpuLayer& layer, const LayerDrawStyle& style, const MapView& view) const;
  void drawOutlineRanges(const GpuLayer& layer,
                         const GpuLevel& level,
                         const std::vector<const void*>& offsets,
                         const std::vector<GLsizei>& counts,
                         std::uint32_t rgba,
                         float width_px,
                         const MapView& view) const;
  void setTransform(GLuint program, const GpuLayer& layer, const MapView& view) const;
  void usePointProgram(const GpuLayer& layer,
                       const LayerDrawStyle& style,
                       const MapView& view,
                       const std::array<float, 4>& ring,
                       float grow_px,
                       float ring_px) const;
  void drawSelectedPoints(const GpuLayer& layer,
                          const LayerDrawStyle& style,
                          const std::vector<std::uint32_t>& selected,
                          const MapView& view) const;

  Program fill_program_, line_program_, thin_line_program_, point_program_;
  VertexArray point_corner_vao_;
  Buffer point_corners_;
  Buffer selection_xy_, selection_features_;  // the selected points of the frame
  VertexArray selection_vao_;
  std::vector<std::unique_ptr<GpuLayer>> layers_;
  mutable std::size_t last_triangles_ = 0;
};

std::uint32_t packRgba(std::uint8_t r, std::uint8_t g, std::uint8_t b, std::uint8_t a);

}  // namespace app::render
