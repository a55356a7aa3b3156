#pragma once

// Helpers for the rendering tests: loading the bundled project, reading PNGs,
// and finding screen points where a known colour must appear (well inside a
// polygon, away from symbols and overlays).

#include <stb_image.h>

#include <array>
#include <cmath>
#include <memory>
#include <string>
#include <vector>

#include "app/render/map_view.h"
#include "geo/map/feature_index.h"
#include "geo/map/map_document.h"

namespace app::testing {

inline const std::string kBundledRecipe = std::string(EQUIMAP_SOURCE_DIR) + "/data/hartford.recipe.json";

inline std::unique_ptr<geo::map::MapDocument> openBundled() {
  auto recipe = geo::map::readRecipe(kBundledRecipe);
  if (!recipe) return nullptr;
  auto doc = geo::map::openRecipe(*recipe);
  return doc ? std::make_unique<geo::map::MapDocument>(std::move(*doc)) : nullptr;
}

struct Image {
  int width = 0, height = 0;
  std::vector<unsigned char> rgba;

  std::array<int, 3> at(int x, int y) const {
    const auto* p = &rgba[(std::size_t(y) * width + x) * 4];
    return {p[0], p[1], p[2]};
  }
};

inline Image readPng(const std::string& path) {
  Image image;
  int channels = 0;
  unsigned char* data = stbi_load(path.c_str(), &image.width, &image.height, &channels, 4);
  if (!data) return image;
  image.rgba.assign(data, data + std::size_t(image.width) * image.height * 4);
  stbi_image_free(data);
  return image;
}

// Smallest distance from p to any ring edge of the geometry (map units).
inline double distanceToEdges(const geo::core::Geometry& g, geo::core::Vec2 p) {
  double best = INFINITY;
  for (const auto& polygon : g.polygons)
    for (const auto& ring : polygon.rings)
      for (std::size_t i = 0; i < ring.size(); ++i)
        best = std::min(best, geo::map::distanceToSegment(p, ring[i], ring[(i + 1) % ring.size()]));
  return best;
}

// True when no visible point or line feature lies within `px` pixels of p.
inline bool clearOfSymbols(const geo::map::MapDocument& doc,
                           const render::MapView& view,
                           geo::core::Vec2 p,
                           double px) {
  for (const auto& layer : doc.layers) {
    if (!layer.spec.visible || layer.display.kind == geo::core::GeometryKind::kPolygon) continue;
    if (layer.index.pick(layer.display, p, px * view.unitsPerPixel())) return false;
  }
  return true;
}

inline bool near(std::array<int, 3> a, geo::carto::Rgba b, int tolerance = 3) {
  return std::abs(a[0] - b.r) <= tolerance && std::abs(a[1] - b.g) <= tolerance &&
         std::abs(a[2] - b.b) <= tolerance;
}

// A screen point well inside a Hartford or East Hartford tract, with the colour
// the map must show there.
struct TractSample {
  std::size_t row = 0;
  render::ScreenPoint screen;
  geo::carto::Rgba color;
  int class_index = -1;
};

// One sample per tract of the two towns that shows at least `clearance_px`
// pixels from its edges, 14 px from any symbol, and where `usable` is true.
template <typename Usable>
std::vector<TractSample> tractSamples(const geo::map::MapDocument& doc,
                                      const render::MapView& view,
                                      Usable usable,
                                      double clearance_px = 5) {
  const auto& layer = doc.layers[std::size_t(doc.findLayer("tracts"))];
  const auto colors = layer.featureColors();
  const auto town = *layer.data.table.fieldIndex("town");
  std::vector<TractSample> samples;
  for (std::size_t r = 0; r < layer.display.size(); ++r) {
    const std::string name = layer.data.table.text(r, town);
    if (name != "Hartford" && name != "East Hartford") continue;
    const auto& g = layer.display.geometries[r];
    const auto box = g.bounds();
    double best = 0;
    render::ScreenPoint best_s{};
    for (int i = 1; i < 30; ++i)
      for (int j = 1; j < 30; ++j) {
        geo::core::Vec2 p{box.min_x + box.width() * i / 30, box.min_y + box.height() * j / 30};
        if (!geo::core::geometryContains(g, p)) continue;
        const auto s = view.toScreen(p);
        if (s.x < 0 || s.y < 0 || s.x >= view.width() || s.y >= view.height() || !usable(s)) continue;
        if (!clearOfSymbols(doc, view, p, 14)) continue;
        const double d = distanceToEdges(g, p) / view.unitsPerPixel();
        if (d > best) best = d, best_s = s;
      }
    if (best < clearance_px) continue;
    samples.push_back({r, best_s, colors[r], layer.classification->classOf(layer.thematic->values[r])});
  }
  return samples;
}

}  // namespace app::testing
