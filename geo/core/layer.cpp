#include "geo/core/layer.h"

#include <fmt/format.h>

namespace geo::core {

std::string LoadReport::summary() const {
  std::string out = fmt::format("{} features", features);
  if (repaired_geometries) out += fmt::format(", {} invalid polygons repaired", repaired_geometries);
  if (unusable_geometries) {
    out += fmt::format(", {} unusable geometries dropped", unusable_geometries);
  }
  if (null_geometries) out += fmt::format(", {} without geometry", null_geometries);
  if (empty_geometries) out += fmt::format(", {} with empty geometry", empty_geometries);
  if (skipped_parts) out += fmt::format(", {} parts of another kind skipped", skipped_parts);
  return out;
}

Box Layer::bounds() const {
  Box box;
  for (const auto& g : geometries) box.expand(g.bounds());
  return box;
}

}  // namespace geo::core
