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

}  // namespace app::testing
