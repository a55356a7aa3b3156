#include "geo/ops/synthetic.h"

#include <algorithm>
#include <cmath>
#include <numbers>

#include <fmt/format.h>

namespace geo::ops {
namespace {

using geo::core::Box;
using geo::core::Polygon;
using geo::core::Ring;
using geo::core::Vec2;

constexpr double kTwoPi = 2 * std::numbers::pi;
constexpr double kCentreJitter = 0.04;  // of the cell's smaller side
constexpr double kBaseRadius = 0.44;    // of the cell's smaller side; 0.98 of it at most
constexpr double kAngleJitter = 0.3;    // of the angular step

// splitmix64: tiny, fast and the same everywhere (unlike std distributions).
class SplitMix {
 public:
  explicit SplitMix(std::uint64_t seed) : state_(seed) {}
  std::uint64_t next() {
    std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  double unit() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }  // [0, 1)
  double symmetric() { return 2 * unit() - 1; }                            // [-1, 1)

 private:
  std::uint64_t state_;
};

struct Grid {
  std::size_t columns = 1;
  std::size_t rows = 1;
  double cell_w = 1;
  double cell_h = 1;
};

Grid makeGrid(const Box& extent, std::size_t count) {
  Grid grid;
  double aspect = extent.width() / extent.height();
  grid.columns = std::max<std::size_t>(
      1, static_cast<std::size_t>(std::ceil(std::sqrt(static_cast<double>(count) * aspect))));
  grid.rows = std::max<std::size_t>(1, (count + grid.columns - 1) / grid.columns);
  grid.cell_w = extent.width() / static_cast<double>(grid.columns);
  grid.cell_h = extent.height() / static_cast<double>(grid.rows);
  return grid;
}

// A wavy star around the jittered cell centre, staying inside the cell.
Ring wavyStar(Vec2 cell_centre, double cell_size, std::size_t vertices, SplitMix& rng) {
  Vec2 centre{cell_centre.x + kCentreJitter * cell_size * rng.symmetric(),
              cell_centre.y + kCentreJitter * cell_size * rng.symmetric()};
  double radius = kBaseRadius * cell_size;
  double waves = 2 + std::floor(6 * rng.unit());
  double phase = kTwoPi * rng.unit();
  double step = kTwoPi / static_cast<double>(vertices);

  Ring ring;
  ring.reserve(vertices);
  for (std::size_t k = 0; k < vertices; ++k) {
    double angle = step * (static_cast<double>(k) + kAngleJitter * rng.unit());
    double r = radius * (0.75 + 0.15 * std::sin(waves * angle + phase) + 0.08 * rng.symmetric());
    ring.push_back({centre.x + r * std::cos(angle), centre.y + r * std::sin(angle)});
  }
  return ring;
}

// A smooth regional pattern (u, v in [0, 1]) plus local noise.
double fieldValue(double u, double v, SplitMix& rng) {
  double wave = std::sin(kTwoPi * 1.5 * u) * std::cos(kTwoPi * v);
  double value = 50 + 30 * wave + 20 * (u - 0.5) + 12 * rng.symmetric();
  return std::round(std::clamp(value, 0.0, 100.0) * 100) / 100;
}

}  // namespace

geo::core::Layer syntheticPolygons(const SyntheticOptions& options) {
  Box extent = options.extent.empty() || options.extent.width() <= 0 || options.extent.height() <= 0
                   ? SyntheticOptions{}.extent
                   : options.extent;
  std::size_t vertices = std::max<std::size_t>(3, options.vertices_per_polygon);
  Grid grid = makeGrid(extent, options.polygon_count);

  geo::core::Layer layer;
  layer.name = "synthetic";
  layer.source_path = fmt::format("synthetic:seed={}", options.seed);
  layer.crs_wkt = options.crs_wkt;
  layer.kind = geo::core::GeometryKind::kPolygon;
  layer.report.driver = "synthetic";
  std::size_t id_field = layer.table.addField({"id", geo::core::FieldType::kText});
  std::size_t value_field = layer.table.addField({"value", geo::core::FieldType::kReal});
  layer.geometries.reserve(options.polygon_count);

  for (std::size_t i = 0; i < options.polygon_count; ++i) {
    SplitMix rng(options.seed * 0x2545F4914F6CDD1Dull + i);
    double column = static_cast<double>(i % grid.columns);
    double row = static_cast<double>(i / grid.columns);
    Vec2 cell_centre{extent.min_x + (column + 0.5) * grid.cell_w,
                     extent.min_y + (row + 0.5) * grid.cell_h};
    Ring ring = wavyStar(cell_centre, std::min(grid.cell_w, grid.cell_h), vertices, rng);
    layer.geometries.push_back(
        {.kind = geo::core::GeometryKind::kPolygon, .polygons = {Polygon{{std::move(ring)}}}});

    double u = (column + 0.5) / static_cast<double>(grid.columns);
    double v = (row + 0.5) / static_cast<double>(grid.rows);
    std::vector<geo::core::Value> values(layer.table.fieldCount());
    values[id_field] = fmt::format("S{:06d}", i);
    values[value_field] = fieldValue(u, v, rng);
    layer.table.addRow(std::move(values));
  }
  layer.report.features = options.polygon_count;
  return layer;
}

}  // namespace geo::ops
