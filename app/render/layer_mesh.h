#pragma once

// LayerMesh: the plain CPU arrays the GPU draws for one layer, built once per
// layer off the main thread and reused for every style change.
//
// Positions are float pairs relative to `origin` (map units of the display CRS),
// so street-level zoom does not jitter. Every vertex carries the index of the
// feature it belongs to; colours live in a per-feature table, so a restyle
// never re-triangulates. Indices are 32-bit. Polygons get fill triangles and
// outline segments over the same vertices; lines get segments; points one
// vertex each.
//
// Level of detail: level 0 is the full geometry; large layers get coarser
// levels simplified at growing tolerances. Each level is split into spatial
// chunks (contiguous index ranges with a bounding box) for view culling.

#include <cstdint>
#include <vector>

#include "geo/core/layer.h"
#include "geo/core/progress.h"

namespace app::render {

struct MeshChunk {
  geo::core::Box bounds;  // map units, absolute
  std::uint32_t fill_first = 0, fill_count = 0;  // into fill_indices
  std::uint32_t line_first = 0, line_count = 0;  // into line_indices
  std::uint32_t point_first = 0, point_count = 0;  // into vertices (points layers)
};

struct MeshLevel {
  double tolerance = 0.0;                // simplification tolerance in map units (0 = full)
  std::vector<float> positions;          // x, y pairs relative to LayerMesh::origin
  std::vector<std::uint32_t> features;   // feature (row) index per vertex
  std::vector<std::uint32_t> fill_indices;
  std::vector<std::uint32_t> line_indices;  // pairs: GL_LINES
  std::vector<MeshChunk> chunks;

  std::size_t vertexCount() const { return features.size(); }
};

struct LayerMesh {
  geo::core::GeometryKind kind = geo::core::GeometryKind::kNone;
  geo::core::Vec2 origin;
  geo::core::Box bounds;
  std::size_t feature_count = 0;
  double median_feature_size = 0.0;  // median bounding-box diagonal, map units
  std::vector<MeshLevel> levels;  // levels[0] = full detail
  // Level-0 outline index range of each feature, for drawing selections.
  std::vector<std::uint32_t> feature_line_first, feature_line_count;
  std::size_t triangles() const { return levels.empty() ? 0 : levels[0].fill_indices.size() / 3; }

  // The coarsest level simplified at no more than one pixel (`units_per_pixel`).
  const MeshLevel& levelFor(double units_per_pixel) const;
};

// Index of the coarsest level whose tolerance is at most `units_per_pixel`, from
// the levels' tolerances (level 0, tolerance 0, always qualifies).
std::size_t lodLevelFor(const std::vector<double>& tolerances, double units_per_pixel);

struct MeshOptions {
  // Build coarser levels only for layers with more vertices than this.
  std::size_t lod_min_vertices = 20'000;
  int chunk_grid = 64;  // chunks per side of the layer extent
  int threads = 0;      // 0 = hardware concurrency
};

// Builds the mesh of a layer whose geometries are already in the display CRS.
// Rows with empty geometries get no vertices. Never fails: degenerate rings
// simply produce no triangles. Honours progress->cancelled() by returning early
// with what was built (the caller discards it).
LayerMesh buildLayerMesh(const geo::core::Layer& layer,
                         const MeshOptions& options = {},
                         geo::core::Progress* progress = nullptr);

}  // namespace app::render
