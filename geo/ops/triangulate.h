#pragma once

// Polygon triangulation for filling polygons on the GPU: our own ear clipping
// with holes (design notes in ear_clipper.h).
//
// Input: a Polygon whose rings[0] is the exterior and the rest holes, in any
// orientation (rings are reoriented internally), open rings as in geometry.h.
// Output is appended, never cleared, so many polygons can share one buffer:
// every ring vertex is appended (exterior, then holes, in ring order), and
// indices are 32-bit offsets into the whole output array. Each triangle is
// counter-clockwise (positive orientation in a y-up frame).
//
// For a simple polygon whose holes lie inside the exterior and do not overlap,
// the triangles tile it exactly: their areas sum to polygonArea(). Degenerate
// input never crashes or loops: repeated and collinear vertices are skipped, a
// ring with no area gives no triangles, and self-touching or slightly
// self-intersecting rings are cut into pieces that are clipped separately.
// Limitation: a badly self-intersecting ring (e.g. a bow-tie), or a hole that is
// not inside the exterior, gets triangles that may overlap or leave gaps (a
// hole right of the whole exterior is dropped); repair such polygons first
// (GEOS MakeValid).
//
// Cost: O(n log n) for typical rings (z-order index for rings over 80 vertices),
// O(n^2) worst case. Thread safe: no shared state.

#include <cstdint>
#include <vector>

#include "geo/core/geometry.h"

namespace geo::ops {

// Appends the polygon's vertices (as they are, in the polygon's CRS) to
// `vertices` and its triangles to `indices`.
void triangulatePolygon(const geo::core::Polygon& polygon,
                        std::vector<geo::core::Vec2>& vertices,
                        std::vector<std::uint32_t>& indices);

// Renderer form: appends vertices as float x, y pairs relative to `origin`
// (subtracting in double before narrowing keeps centimetre detail in projected
// coordinates of millions of metres), so vertex k is xy[2k], xy[2k+1].
void triangulatePolygon(const geo::core::Polygon& polygon,
                        geo::core::Vec2 origin,
                        std::vector<float>& xy,
                        std::vector<std::uint32_t>& indices);

// All polygon parts of `geometry` (points and lines give nothing).
void triangulateGeometry(const geo::core::Geometry& geometry,
                         std::vector<geo::core::Vec2>& vertices,
                         std::vector<std::uint32_t>& indices);
void triangulateGeometry(const geo::core::Geometry& geometry,
                         geo::core::Vec2 origin,
                         std::vector<float>& xy,
                         std::vector<std::uint32_t>& indices);

}  // namespace geo::ops
