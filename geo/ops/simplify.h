#pragma once

// Douglas-Peucker simplification of lines and rings, for level of detail in the
// renderer. `tolerance` is in the units of the coordinates (use a projected CRS;
// metres at a zoom level's pixel size is typical). A kept vertex is always an
// original vertex, in original order, and every dropped vertex lies within
// `tolerance` of the simplified line. Implemented with an explicit stack, so
// rings of millions of vertices cannot overflow the call stack.
//
// Rings stay usable for filling: a ring whose area is below tolerance² (too
// small to see at that detail) is dropped; any other ring keeps at least three
// non-collinear vertices even if Douglas-Peucker alone would leave two.
// Limitation: simplification can make a ring cross itself or a neighbour
// (Douglas-Peucker does not preserve topology); the triangulator tolerates
// this, but such output is not fit for area or overlay analysis.
//
// A tolerance <= 0 (or NaN) returns the input unchanged. Thread safe.

#include <optional>
#include <vector>

#include "geo/core/geometry.h"

namespace geo::ops {

// Keeps both end points; lines of fewer than 3 points come back unchanged.
std::vector<geo::core::Vec2> simplifyLine(const std::vector<geo::core::Vec2>& line,
                                          double tolerance);

// An open ring (geometry.h); nullopt when the ring is dropped (fewer than 3
// vertices, or area below tolerance²).
std::optional<geo::core::Ring> simplifyRing(const geo::core::Ring& ring, double tolerance);

// Simplifies every ring; drops holes that vanish; nullopt when the exterior vanishes.
std::optional<geo::core::Polygon> simplifyPolygon(const geo::core::Polygon& polygon,
                                                  double tolerance);

// Points unchanged, lines and polygon parts simplified, vanished polygon parts
// removed (a geometry whose parts all vanish comes back empty of polygons).
geo::core::Geometry simplifyGeometry(const geo::core::Geometry& geometry, double tolerance);

}  // namespace geo::ops
