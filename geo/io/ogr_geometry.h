#pragma once

// Internal to geo/io: converts one OGR geometry into a geo::core::Geometry,
// repairing invalid polygons on the way. Only .cpp files in geo/io include it.
//
// Curves are linearised with GDAL's default step. Polygonal input that GEOS
// reports invalid is repaired with MakeValid; only the polygon parts of the
// repair are kept. Z and M are dropped. Thread safe (no shared state).

#include <string>

#include "geo/core/geometry.h"

class OGRGeometry;

namespace geo::io::detail {

enum class GeometryOutcome { kOk, kNull, kEmpty, kRepaired, kUnusable };

struct ConvertedGeometry {
  // Every part found, of any kind, in the three part lists; `kind` is left
  // kNone for the caller to choose once the layer's dominant kind is known.
  core::Geometry geometry;
  GeometryOutcome outcome = GeometryOutcome::kOk;
  std::string reason;  // why a polygon could not be repaired (kUnusable only)
};

// `geometry` may be null. `swap_xy` exchanges x and y of every vertex.
ConvertedGeometry convertGeometry(const OGRGeometry* geometry, bool swap_xy);

}  // namespace geo::io::detail
