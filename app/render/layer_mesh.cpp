#include "app/render/layer_mesh.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <thread>

#include "geo/ops/simplify.h"
#include "geo/ops/triangulate.h"

namespace app::render {
namespace {

using geo::core::Box;
using geo::core::Geometry;
using geo::core::GeometryKind;
using geo::core::Ring;
using geo::core::Vec2;

// What one worker builds for a contiguous run of features; indices are local.
struct PartialMesh {
  MeshLevel level;
  std::vector<std::uint32_t> feature_ids;  // features in the order they were added
  std::vector<std::uint32_t> line_first, line_count;  // per added feature, local
  std::vector<MeshChunk> chunks;                      // local ranges
};

class PartBuilder {
 public:
  PartBuilder(Vec2 origin, double tolerance, PartialMesh& out)
      : origin_(origin), tolerance_(tolerance), out_(out) {}

  void addFeature(std::uint32_t feature, const Geometry& g) {
    out_.feature_ids.push_back(feature);
    out_.line_first.push_back(static_cast<std::uint32_t>(out_.level.line_indices.size()));
    for (const auto& polygon : g.polygons) addPolygon(feature, polygon);
    for (const auto& line : g.lines) addLine(feature, line);
    for (Vec2 p : g.points) addVertex(feature, p);
    out_.line_count.push_back(static_cast<std::uint32_t>(out_.level.line_indices.size()) -
                              out_.line_first.back());
  }

 private:
  std::uint32_t addVertex(std::uint32_t feature, Vec2 p) {
    out_.level.positions.push_back(static_cast<float>(p.x - origin_.x));
    out_.level.positions.push_back(static_cast<float>(p.y - origin_.y));
    out_.level.features.push_back(feature);
    return static_cast<std::uint32_t>(out_.level.features.size() - 1);
  }

  void addRingEdges(std::uint32_t first, std::size_t count, bool closed) {
    auto& lines = out_.level.line_indices;
    for (std::size_t i = 0; i + 1 < count; ++i) {
      lines.push_back(first + static_cast<std::uint32_t>(i));
      lines.push_back(first + static_cast<std::uint32_t>(i + 1));
    }
    if (closed && count > 2) {
      lines.push_back(first + static_cast<std::uint32_t>(count - 1));
      lines.push_back(first);
    }
  }

  void addPolygon(std::uint32_t feature, const geo::core::Polygon& polygon) {
    geo::core::Polygon simplified;
    const geo::core::Polygon* source = &polygon;
    if (tolerance_ > 0) {
      auto kept = geo::ops::simplifyPolygon(polygon, tolerance_);
      if (!kept) return;  // smaller than the tolerance: invisible at this level
      simplified = std::move(*kept);
      source = &simplified;
    }
    if (source->rings.empty()) return;

    // The triangulator appends every ring vertex, exterior then holes, in ring order.
    const auto base = static_cast<std::uint32_t>(out_.level.features.size());
    geo::ops::triangulatePolygon(*source, origin_, out_.level.positions, out_.level.fill_indices);
    out_.level.features.resize(out_.level.positions.size() / 2, feature);
    std::uint32_t first = base;
    for (const Ring& ring : source->rings) {
      addRingEdges(first, ring.size(), true);
      first += static_cast<std::uint32_t>(ring.size());
    }
  }

  void addLine(std::uint32_t feature, const std::vector<Vec2>& line) {
    std::vector<Vec2> simplified;
    const std::vector<Vec2>* source = &line;
    if (tolerance_ > 0) {
      simplified = geo::ops::simplifyLine(line, tolerance_);
      source = &simplified;
    }
    const auto first = static_cast<std::uint32_t>(out_.level.features.size());
    for (Vec2 p : *source) addVertex(feature, p);
    addRingEdges(first, source->size(), false);
  }

  Vec2 origin_;
  double tolerance_;
  PartialMesh& out_;
};

// Features ordered by grid cell, with the cell boundaries, so each chunk is a
// contiguous run.
struct CellOrder {
  std::vector<std::uint32_t> features;
  std::vector<std::size_t> cell_start;  // size cells + 1
};

CellOrder orderByCell(const geo::core::Layer& layer, const Box& bounds, int grid) {
  const std::size_t cells = static_cast<std::size_t>(grid) * grid;
  std::vector<std::uint32_t> cell_of(layer.geometries.size());
  std::vector<std::size_t> counts(cells + 1, 0);
  const double cw = std::max(bounds.width() / grid, 1e-12);
  const double ch = std::max(bounds.height() / grid, 1e-12);
  for (std::size_t i = 0; i < layer.geometries.size(); ++i) {
    Vec2 c = layer.geometries[i].bounds().center();
    if (layer.geometries[i].empty()) c = bounds.center();
    int cx = std::clamp(static_cast<int>((c.x - bounds.min_x) / cw), 0, grid - 1);
    int cy = std::clamp(static_cast<int>((c.y - bounds.min_y) / ch), 0, grid - 1);
    cell_of[i] = static_cast<std::uint32_t>(cy * grid + cx);
    ++counts[cell_of[i] + 1];
  }
  CellOrder order;
  order.cell_start.resize(cells + 1, 0);
  std::partial_sum(counts.begin(), counts.end(), order.cell_start.begin());
  order.features.resize(layer.geometries.size());
  std::vector<std::size_t> cursor(order.cell_start.begin(), order.cell_start.end() - 1);
  for (std::size_t i = 0; i < cell_of.size(); ++i)
    order.features[cursor[cell_of[i]]++] = static_cast<std::uint32_t>(i);
  return order;
}

// Builds the chunks of cells [first_cell, last_cell) into `part`.
void buildCells(const geo::core::Layer& layer,
                const CellOrder& order,
                std::size_t first_cell,
                std::size_t last_cell,
                Vec2 origin,
                double tolerance,
                PartialMesh& part,
                geo::core::Progress* progress) {
  PartBuilder builder(origin, tolerance, part);
  for (std::size_t cell = first_cell; cell < last_cell; ++cell) {
    if (progress && progress->cancelled()) return;
    MeshChunk chunk;
    chunk.fill_first = static_cast<std::uint32_t>(part.level.fill_indices.size());
    chunk.line_first = static_cast<std::uint32_t>(part.level.line_indices.size());
    chunk.point_first = static_cast<std::uint32_t>(part.level.features.size());
    for (std::size_t k = order.cell_start[cell]; k < order.cell_start[cell + 1]; ++k) {
      const std::uint32_t f = order.features[k];
      builder.addFeature(f, layer.geometries[f]);
      chunk.bounds.expand(layer.geometries[f].bounds());
    }
    chunk.fill_count = static_cast<std::uint32_t>(part.level.fill_indices.size()) - chunk.fill_first;
    chunk.line_count = static_cast<std::uint32_t>(part.level.line_indices.size()) - chunk.line_first;
    chunk.point_count = static_cast<std::uint32_t>(part.level.features.size()) - chunk.point_first;
    if (!chunk.bounds.empty()) part.chunks.push_back(chunk);
  }
}

void appendShifted(std::vector<std::uint32_t>& out,
                   const std::vector<std::uint32_t>& in,
                   std::uint32_t shift) {
  out.reserve(out.size() + in.size());
  for (std::uint32_t i : in) out.push_back(i + shift);
}

// Concatenates the workers' parts into one level, shifting local indices.
void mergeParts(std::vector<PartialMesh>& parts, LayerMesh& mesh, MeshLevel& level, bool first) {
  for (PartialMesh& part : parts) {
    const auto vertex_base = static_cast<std::uint32_t>(level.features.size());
    const auto fill_base = static_cast<std::uint32_t>(level.fill_indices.size());
    const auto line_base = static_cast<std::uint32_t>(level.line_indices.size());
    level.positions.insert(level.positions.end(),
                           part.level.positions.begin(),
                           part.level.positions.end());
    level.features.insert(level.features.end(),
                          part.level.features.begin(),
                          part.level.features.end());
    appendShifted(level.fill_indices, part.level.fill_indices, vertex_base);
    appendShifted(level.line_indices, part.level.line_indices, vertex_base);
    for (MeshChunk chunk : part.chunks) {
      chunk.fill_first += fill_base;
      chunk.line_first += line_base;
      chunk.point_first += vertex_base;
      level.chunks.push_back(chunk);
    }
    if (!first) continue;
    for (std::size_t i = 0; i < part.feature_ids.size(); ++i) {
      mesh.feature_line_first[part.feature_ids[i]] = part.line_first[i] + line_base;
      mesh.feature_line_count[part.feature_ids[i]] = part.line_count[i];
    }
  }
}

MeshLevel buildLevel(const geo::core::Layer& layer,
                     const CellOrder& order,
                     double tolerance,
                     int threads,
                     LayerMesh& mesh,
                     geo::core::Progress* progress) {
  const std::size_t cells = order.cell_start.size() - 1;
  std::vector<PartialMesh> parts(static_cast<std::size_t>(threads));
  std::vector<std::thread> workers;
  for (int t = 0; t < threads; ++t) {
    const std::size_t first = cells * t / threads, last = cells * (t + 1) / threads;
    workers.emplace_back(buildCells,
                         std::cref(layer),
                         std::cref(order),
                         first,
                         last,
                         mesh.origin,
                         tolerance,
                         std::ref(parts[t]),
                         progress);
  }
  for (auto& w : workers) w.join();

  MeshLevel level;
  level.tolerance = tolerance;
  mergeParts(parts, mesh, level, tolerance == 0.0);
  return level;
}

}  // namespace

std::size_t lodLevelFor(const std::vector<double>& tolerances, double units_per_pixel) {
  std::size_t chosen = 0;
  for (std::size_t i = 1; i < tolerances.size(); ++i)
    if (tolerances[i] <= units_per_pixel) chosen = i;
  return chosen;
}

const MeshLevel& LayerMesh::levelFor(double units_per_pixel) const {
  std::vector<double> tolerances;
  for (const auto& level : levels) tolerances.push_back(level.tolerance);
  return levels[lodLevelFor(tolerances, units_per_pixel)];
}

LayerMesh buildLayerMesh(const geo::core::Layer& layer,
                         const MeshOptions& options,
                         geo::core::Progress* progress) {
  LayerMesh mesh;
  mesh.kind = layer.kind;
  mesh.bounds = layer.bounds();
  mesh.origin = mesh.bounds.empty() ? Vec2{} : mesh.bounds.center();
  mesh.feature_count = layer.geometries.size();
  mesh.feature_line_first.assign(mesh.feature_count, 0);
  mesh.feature_line_count.assign(mesh.feature_count, 0);
  if (mesh.bounds.empty()) {
    mesh.levels.emplace_back();
    return mesh;
  }

  const int threads = options.threads > 0
                          ? options.threads
                          : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  std::vector<double> sizes;
  for (const auto& g : layer.geometries)
    if (!g.empty()) sizes.push_back(std::hypot(g.bounds().width(), g.bounds().height()));
  if (!sizes.empty()) {
    std::nth_element(sizes.begin(), sizes.begin() + sizes.size() / 2, sizes.end());
    mesh.median_feature_size = sizes[sizes.size() / 2];
  }
  const CellOrder order = orderByCell(layer, mesh.bounds, options.chunk_grid);
  mesh.levels.push_back(buildLevel(layer, order, 0.0, threads, mesh, progress));
  if (progress) progress->report(0.6);

  // Coarser levels at tolerances that grow by 3x, starting at 1/18000 of the
  // extent's diagonal: under a pixel when a 1080-pixel-high screen shows an
  // eighth of the layer. A level that keeps almost every vertex of the one
  // before would cost memory and draw no faster, so it is dropped.
  std::size_t vertices = mesh.levels[0].vertexCount();
  double tolerance = std::hypot(mesh.bounds.width(), mesh.bounds.height()) / 18000.0;
  const bool point_layer = layer.kind == GeometryKind::kPoint;
  while (!point_layer && vertices > options.lod_min_vertices && mesh.levels.size() < 6) {
    if (progress && progress->cancelled()) break;
    MeshLevel level = buildLevel(layer, order, tolerance, threads, mesh, progress);
    tolerance *= 3.0;
    if (level.vertexCount() > vertices * 0.8) continue;
    vertices = level.vertexCount();
    mesh.levels.push_back(std::move(level));
  }
  if (progress) progress->report(1.0);
  return mesh;
}

}  // namespace app::render
