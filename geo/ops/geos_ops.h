#pragma once

// Polygon operations on plain geometry values, backed by GEOS: validity repair,
// points on surface, containment by polygons, buffers, unions and Voronoi cells
// clipped to a study area (METHODS.md sections 4 and 5).
//
// All coordinates are in one projected CRS in metres (the caller's analysis CRS);
// nothing here knows or checks the CRS. Functions are thread safe: each call uses
// its own GEOS context. They fail with ErrorCode::kGeometry carrying GEOS's text.

#include <cstddef>
#include <vector>

#include "geo/core/error.h"
#include "geo/core/geometry.h"

namespace geo::ops {

struct RepairedPolygons {
  std::vector<core::Geometry> geometries;  // same order; valid polygons (empty stays empty)
  std::vector<std::size_t> repaired;       // indices fixed with MakeValid
  std::vector<std::size_t> unusable;       // indices MakeValid could not turn into polygons
};

// Valid copies of polygon geometries. Invalid ones (self-intersections,
// bow-ties) are repaired with GEOS MakeValid and listed; a bow-tie keeps both
// triangles, so nothing is silently dropped or given area 0.
core::Result<RepairedPolygons> makeValidPolygons(const std::vector<core::Geometry>& geometries);

// A point inside each polygon geometry (GEOS point on surface). An empty
// geometry gives NaN coordinates.
core::Result<std::vector<core::Vec2>> pointsOnSurface(const std::vector<core::Geometry>& polygons);

// For each point, the smallest index of the polygons that cover it (interior or
// boundary), or -1. Boundary rule: a point on the shared edge of two polygons
// belongs to the one with the smaller index. Uses an STRtree.
core::Result<std::vector<std::ptrdiff_t>> coveringPolygon(
    const std::vector<core::Vec2>& points, const std::vector<core::Geometry>& polygons);

// Disc of radius `radius_m` (> 0) around `centre`, approximated by
// 4 * quadrant_segments vertices inscribed in the circle.
core::Result<core::Geometry> bufferPoint(core::Vec2 centre,
                                         double radius_m,
                                         int quadrant_segments = 32);

// Union of polygon geometries (dissolves shared edges and overlaps).
core::Result<core::Geometry> unionPolygons(const std::vector<core::Geometry>& polygons);

// Nearest-site cells: cell k holds the points of `clip` nearer to sites[k] than
// to any other site, clipped to `clip`. The cells tile `clip` (areas sum to its
// area). Sites at the same location: the smallest index gets the cell, the
// others an empty geometry. No sites gives an empty vector; one site gets
// `clip` itself.
core::Result<std::vector<core::Geometry>> voronoiCells(const std::vector<core::Vec2>& sites,
                                                       const core::Geometry& clip);

}  // namespace geo::ops
