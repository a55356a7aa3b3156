#include "app/render/map_renderer.h"

#include <algorithm>
#include <array>

#include "shader_sources.h"

namespace app::render {

struct MapRenderer::GpuLevel {
  double tolerance = 0.0;
  VertexArray vao;        // attributes 0 position, 1 feature; element buffer = fills
  VertexArray line_vao;   // same attributes; element buffer = outline pairs
  VertexArray point_vao;  // corners + per-instance position and feature
  Buffer positions, features, fills, lines;
  std::vector<MeshChunk> chunks;
  GLsizei point_count = 0;
};

struct MapRenderer::GpuLayer {
  geo::core::GeometryKind kind = geo::core::GeometryKind::kNone;
  double median_feature_size = 0.0;
  geo::core::Vec2 origin;
  std::vector<std::unique_ptr<GpuLevel>> levels;
  ColorTable colors;
  SizeTable sizes;
  bool sized = false;  // sizes holds one diameter per feature
  std::vector<std::uint32_t> feature_line_first, feature_line_count;
  bool removed = false;
  // Point layers: the full level's instances on the CPU too, to draw a selection.
  std::vector<float> point_xy;
  std::vector<std::uint32_t> point_features;

  std::vector<double> tolerances;  // of each level

  const GpuLevel& levelFor(double units_per_pixel) const {
    return *levels[lodLevelFor(tolerances, units_per_pixel)];
  }
};

std::uint32_t packRgba(std::uint8_t r, std::uint8_t g, std::uint8_t b, std::uint8_t a) {
  return static_cast<std::uint32_t>(r) | (static_cast<std::uint32_t>(g) << 8) |
         (static_cast<std::uint32_t>(b) << 16) | (static_cast<std::uint32_t>(a) << 24);
}

namespace {

constexpr double kMinOutlinedFeaturePx = 6.0;
constexpr float kThinLinePx = 1.25f;

std::array<float, 4> unpack(std::uint32_t rgba) {
  return {static_cast<float>(rgba & 0xff) / 255.f,
          static_cast<float>((rgba >> 8) & 0xff) / 255.f,
          static_cast<float>((rgba >> 16) & 0xff) / 255.f,
          static_cast<float>((rgba >> 24) & 0xff) / 255.f};
}

void bindVertexAttributes(GLuint positions, GLuint features, GLuint divisor, GLuint first_slot) {
  glBindBuffer(GL_ARRAY_BUFFER, positions);
  glEnableVertexAttribArray(first_slot);
  glVertexAttribPointer(first_slot, 2, GL_FLOAT, GL_FALSE, 0, nullptr);
  glVertexAttribDivisor(first_slot, divisor);
  glBindBuffer(GL_ARRAY_BUFFER, features);
  glEnableVertexAttribArray(first_slot + 1);
  glVertexAttribIPointer(first_slot + 1, 1, GL_UNSIGNED_INT, 0, nullptr);
  glVertexAttribDivisor(first_slot + 1, divisor);
}

template <typename T>
Buffer arrayBuffer(GLenum target, const std::vector<T>& data) {
  return makeBuffer(target, data.empty() ? nullptr : data.data(), data.size() * sizeof(T),
                    GL_STATIC_DRAW);
}

// Visible chunk ranges merged where they are contiguous, ready for glMultiDraw*.
struct DrawRanges {
  std::vector<GLsizei> counts;
  std::vector<const void*> offsets;
  std::size_t elements = 0;

  void add(std::uint32_t first, std::uint32_t count) {
    if (count == 0) return;
    elements += count;
    const auto* offset = reinterpret_cast<const void*>(std::uintptr_t{first} * 4);
    if (!counts.empty()) {
      auto end = reinterpret_cast<std::uintptr_t>(offsets.back()) + std::uintptr_t(counts.back()) * 4;
      if (end == std::uintptr_t{first} * 4) {
        counts.back() += static_cast<GLsizei>(count);
        return;
      }
    }
    counts.push_back(static_cast<GLsizei>(count));
    offsets.push_back(offset);
  }
};

}  // namespace

geo::core::Result<std::unique_ptr<MapRenderer>> MapRenderer::create() {
  std::unique_ptr<MapRenderer> r(new MapRenderer());
  auto fill = linkProgram("fill", kShader_fill_vert, nullptr, kShader_fill_frag);
  if (!fill) return std::unexpected(fill.error());
  auto line = linkProgram("line", kShader_line_vert, kShader_line_geom, kShader_line_frag);
  if (!line) return std::unexpected(line.error());
  auto thin = linkProgram("thin_line", kShader_line_vert, nullptr, kShader_thin_line_frag);
  if (!thin) return std::unexpected(thin.error());
  auto point = linkProgram("point", kShader_point_vert, nullptr, kShader_point_frag);
  if (!point) return std::unexpected(point.error());
  r->fill_program_ = std::move(*fill);
  r->line_program_ = std::move(*line);
  r->thin_line_program_ = std::move(*thin);
  r->point_program_ = std::move(*point);

  const float corners[] = {-1, -1, 1, -1, -1, 1, 1, 1};
  r->point_corners_ = makeBuffer(GL_ARRAY_BUFFER, corners, sizeof corners, GL_STATIC_DRAW);
  r->selection_xy_ = makeBuffer(GL_ARRAY_BUFFER, nullptr, 0, GL_STREAM_DRAW);
  r->selection_features_ = makeBuffer(GL_ARRAY_BUFFER, nullptr, 0, GL_STREAM_DRAW);
  r->selection_vao_ = makeVertexArray();
  glBindVertexArray(r->selection_vao_.get());
  glBindBuffer(GL_ARRAY_BUFFER, r->point_corners_.get());
  glEnableVertexAttribArray(0);
  glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, 0, nullptr);
  bindVertexAttributes(r->selection_xy_.get(), r->selection_features_.get(), 1, 1);
  glBindVertexArray(0);
  return r;
}

MapRenderer::~MapRenderer() = default;

LayerHandle MapRenderer::upload(const LayerMesh& mesh) {
  auto layer = std::make_unique<GpuLayer>();
  layer->kind = mesh.kind;
  layer->origin = mesh.origin;
  layer->median_feature_size = mesh.median_feature_size;
  layer->feature_line_first = mesh.feature_line_first;
  layer->feature_line_count = mesh.feature_line_count;
  if (mesh.kind == geo::core::GeometryKind::kPoint && !mesh.levels.empty()) {
    layer->point_xy = mesh.levels[0].positions;
    layer->point_features = mesh.levels[0].features;
  }
  for (const MeshLevel& level : mesh.levels) {
    auto gpu = std::make_unique<GpuLevel>();
    gpu->tolerance = level.tolerance;
    gpu->chunks = level.chunks;
    gpu->point_count = static_cast<GLsizei>(level.features.size());
    gpu->positions = arrayBuffer(GL_ARRAY_BUFFER, level.positions);
    gpu->features = arrayBuffer(GL_ARRAY_BUFFER, level.features);

    gpu->vao = makeVertexArray();
    glBindVertexArray(gpu->vao.get());
    bindVertexAttributes(gpu->positions.get(), gpu->features.get(), 0, 0);
    gpu->fills = arrayBuffer(GL_ELEMENT_ARRAY_BUFFER, level.fill_indices);

    gpu->line_vao = makeVertexArray();
    glBindVertexArray(gpu->line_vao.get());
    bindVertexAttributes(gpu->positions.get(), gpu->features.get(), 0, 0);
    gpu->lines = arrayBuffer(GL_ELEMENT_ARRAY_BUFFER, level.line_indices);

    gpu->point_vao = makeVertexArray();
    glBindVertexArray(gpu->point_vao.get());
    glBindBuffer(GL_ARRAY_BUFFER, point_corners_.get());
    glEnableVertexAttribArray(0);
    glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, 0, nullptr);
    bindVertexAttributes(gpu->positions.get(), gpu->features.get(), 1, 1);
    glBindVertexArray(0);
    layer->levels.push_back(std::move(gpu));
    layer->tolerances.push_back(level.tolerance);
  }
  std::vector<std::uint32_t> grey(mesh.feature_count, packRgba(200, 200, 200, 255));
  layer->colors.upload(grey.data(), grey.size());
  layers_.push_back(std::move(layer));
  return layers_.size() - 1;
}

void MapRenderer::remove(LayerHandle layer) {
  if (layer < layers_.size()) layers_[layer] = std::make_unique<GpuLayer>();
}

void MapRenderer::setFeatureColors(LayerHandle layer, const std::vector<std::uint32_t>& rgba) {
  if (layer >= layers_.size()) return;
  layers_[layer]->colors.upload(rgba.data(), rgba.size());
}

void MapRenderer::setFeatureSizes(LayerHandle layer, const std::vector<float>& sizes_px) {
  if (layer >= layers_.size()) return;
  GpuLayer& gpu = *layers_[layer];
  gpu.sized = !sizes_px.empty();
  if (gpu.sized) gpu.sizes.upload(sizes_px.data(), sizes_px.size());
}

void MapRenderer::setTransform(GLuint program, const GpuLayer& layer, const MapView& view) const {
  const double sx = 2.0 / (view.unitsPerPixel() * view.width());
  const double sy = 2.0 / (view.unitsPerPixel() * view.height());
  glUniform2f(glGetUniformLocation(program, "u_scale"), float(sx), float(sy));
  glUniform2f(glGetUniformLocation(program, "u_translate"),
              float((layer.origin.x - view.center().x) * sx),
              float((layer.origin.y - view.center().y) * sy));
  glUniform2f(glGetUniformLocation(program, "u_viewport"),
              float(view.width() * view.pixelRatio()),
              float(view.height() * view.pixelRatio()));
}

void MapRenderer::drawOutlineRanges(const GpuLayer& layer,
                                    const GpuLevel& level,
                                    const std::vector<const void*>& offsets,
                                    const std::vector<GLsizei>& counts,
                                    std::uint32_t rgba,
                                    float width_px,
                                    const MapView& view) const {
  if (counts.empty() || width_px <= 0) return;
  // Lines up to about a pixel use native GL_LINES, much cheaper than widening
  // every segment in the geometry shader (software renderers especially).
  const float framebuffer_width = float(width_px * view.pixelRatio());
  const GLuint p = framebuffer_width <= kThinLinePx ? thin_line_program_.get() : line_program_.get();
  glUseProgram(p);
  setTransform(p, layer, view);
  auto c = unpack(rgba);
  glUniform4f(glGetUniformLocation(p, "u_color"), c[0], c[1], c[2], c[3]);
  glUniform1f(glGetUniformLocation(p, "u_width_px"), framebuffer_width);
  glBindVertexArray(level.line_vao.get());
  glMultiDrawElements(GL_LINES, counts.data(), GL_UNSIGNED_INT, offsets.data(),
                      static_cast<GLsizei>(counts.size()));
}

void MapRenderer::usePointProgram(const GpuLayer& layer,
                                  const LayerDrawStyle& style,
                                  const MapView& view,
                                  const std::array<float, 4>& ring,
                                  float grow_px,
                                  float ring_px) const {
  const GLuint p = point_program_.get();
  const float ratio = float(view.pixelRatio());
  glUseProgram(p);
  setTransform(p, layer, view);
  glUniform1i(glGetUniformLocation(p, "u_colors"), 0);
  glUniform1f(glGetUniformLocation(p, "u_size_px"), style.point_size_px * ratio);
  glUniform1f(glGetUniformLocation(p, "u_pixel_ratio"), ratio);
  glUniform1f(glGetUniformLocation(p, "u_grow_px"), grow_px * ratio);
  glUniform1f(glGetUniformLocation(p, "u_ring_px"), ring_px * ratio);
  glUniform1i(glGetUniformLocation(p, "u_sized"), layer.sized ? 1 : 0);
  glUniform1i(glGetUniformLocation(p, "u_sizes"), 1);
  if (layer.sized) {
    glActiveTexture(GL_TEXTURE1);
    glBindTexture(GL_TEXTURE_BUFFER, layer.sizes.texture.get());
    glActiveTexture(GL_TEXTURE0);
  }
  glUniform4f(glGetUniformLocation(p, "u_ring_color"), ring[0], ring[1], ring[2], ring[3]);
}

// Selected points: drawn again on top, larger, with a thick cyan ring.
void MapRenderer::drawSelectedPoints(const GpuLayer& layer,
                                     const LayerDrawStyle& style,
                                     const std::vector<std::uint32_t>& selected,
                                     const MapView& view) const {
  std::vector<float> xy;
  std::vector<std::uint32_t> features;
  for (std::size_t i = 0; i < layer.point_features.size(); ++i) {
    if (!std::binary_search(selected.begin(), selected.end(), layer.point_features[i])) continue;
    xy.push_back(layer.point_xy[2 * i]);
    xy.push_back(layer.point_xy[2 * i + 1]);
    features.push_back(layer.point_features[i]);
  }
  if (features.empty()) return;
  glBindBuffer(GL_ARRAY_BUFFER, selection_xy_.get());
  glBufferData(GL_ARRAY_BUFFER, GLsizeiptr(xy.size() * sizeof(float)), xy.data(), GL_STREAM_DRAW);
  glBindBuffer(GL_ARRAY_BUFFER, selection_features_.get());
  glBufferData(GL_ARRAY_BUFFER, GLsizeiptr(features.size() * sizeof(std::uint32_t)),
               features.data(), GL_STREAM_DRAW);
  glActiveTexture(GL_TEXTURE0);
  glBindTexture(GL_TEXTURE_BUFFER, layer.colors.texture.get());
  usePointProgram(layer, style, view, {0.0f, 229 / 255.f, 1.0f, 1.0f}, 6.0f, 3.0f);
  glBindVertexArray(selection_vao_.get());
  glDrawArraysInstanced(GL_TRIANGLE_STRIP, 0, 4, GLsizei(features.size()));
}

void MapRenderer::drawLayer(const GpuLayer& layer,
                            const LayerDrawStyle& style,
                            const MapView& view) const {
  const GpuLevel& level = layer.levelFor(view.unitsPerPixel());
  const geo::core::Box visible = view.visibleBox();
  DrawRanges fills, lines;
  for (const MeshChunk& chunk : level.chunks) {
    if (!chunk.bounds.intersects(visible)) continue;
    fills.add(chunk.fill_first, chunk.fill_count);
    lines.add(chunk.line_first, chunk.line_count);
  }
  glActiveTexture(GL_TEXTURE0);
  glBindTexture(GL_TEXTURE_BUFFER, layer.colors.texture.get());

  if (layer.kind == geo::core::GeometryKind::kPoint) {
    auto ring = unpack(style.point_ring_rgba);
    ring[3] *= style.opacity;
    usePointProgram(layer, style, view, ring, 0.0f, 1.5f);
    glBindVertexArray(level.point_vao.get());
    glDrawArraysInstanced(GL_TRIANGLE_STRIP, 0, 4, level.point_count);
    return;
  }
  if (style.draw_fill && !fills.counts.empty()) {
    const GLuint p = fill_program_.get();
    glUseProgram(p);
    setTransform(p, layer, view);
    glUniform1i(glGetUniformLocation(p, "u_colors"), 0);
    glUniform1f(glGetUniformLocation(p, "u_opacity"), style.opacity);
    glBindVertexArray(level.vao.get());
    const bool blend = style.opacity < 1.0f || !layer.colors.opaque;
    if (!blend) glDisable(GL_BLEND);
    glMultiDrawElements(GL_TRIANGLES, fills.counts.data(), GL_UNSIGNED_INT, fills.offsets.data(),
                        static_cast<GLsizei>(fills.counts.size()));
    if (!blend) glEnable(GL_BLEND);
    last_triangles_ += fills.elements / 3;
  }
  // Outlines of polygons a few pixels across are noise, and costly: skip them.
  const bool tiny = layer.kind == geo::core::GeometryKind::kPolygon &&
                    layer.median_feature_size < kMinOutlinedFeaturePx * view.unitsPerPixel();
  if (style.draw_outline && !tiny) {
    auto rgba = style.outline_rgba;
    const auto alpha = static_cast<std::uint32_t>(float(rgba >> 24) * style.opacity);
    drawOutlineRanges(layer, level, lines.offsets, lines.counts, (rgba & 0xffffffu) | (alpha << 24),
                      style.outline_width_px, view);
  }
}

void MapRenderer::draw(const MapView& view,
                       const std::vector<std::pair<LayerHandle, LayerDrawStyle>>& order,
                       const Selection* selection,
                       int viewport_x,
                       int viewport_y) const {
  last_triangles_ = 0;
  glViewport(viewport_x,
             viewport_y,
             GLsizei(view.width() * view.pixelRatio()),
             GLsizei(view.height() * view.pixelRatio()));
  glDisable(GL_DEPTH_TEST);
  glDisable(GL_CULL_FACE);
  glEnable(GL_BLEND);
  glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
  for (const auto& [handle, style] : order) {
    if (handle >= layers_.size() || !style.visible || layers_[handle]->levels.empty()) continue;
    drawLayer(*layers_[handle], style, view);
  }

  if (!selection || selection->layer >= layers_.size()) return;
  const GpuLayer& layer = *layers_[selection->layer];
  if (layer.levels.empty()) return;
  if (layer.kind == geo::core::GeometryKind::kPoint) {
    LayerDrawStyle style;
    for (const auto& [handle, s] : order)
      if (handle == selection->layer) style = s;
    if (style.visible) drawSelectedPoints(layer, style, selection->features, view);
    glBindVertexArray(0);
    return;
  }
  DrawRanges ranges;
  for (std::uint32_t f : selection->features)
    if (f < layer.feature_line_first.size())
      ranges.add(layer.feature_line_first[f], layer.feature_line_count[f]);
  drawOutlineRanges(layer,
                    *layer.levels[0], ranges.offsets, ranges.counts, packRgba(0, 229, 255, 255),
                    3.0f, view);
  glBindVertexArray(0);
}

}  // namespace app::render
