#pragma once

// A deterministic generator of polygon layers for benchmarks and tests
// (`equimap bench` draws 250,000 polygons of about 100 vertices).
//
// The polygons sit on a grid of cells covering the extent, one per cell, row by
// row from the bottom-left: each is a wavy star-shaped ring around a jittered
// cell centre, so it is simple (never crosses itself), counter-clockwise, and
// separated from its neighbours by a small gap (no overlaps). The same options
// give the same layer on every run and platform: the random numbers come from
// our own splitmix64 sequence, seeded per polygon from `seed` and its index.
//
// Attributes: "id" (text, "S000000", "S000001", ...) and "value" (real, a
// smooth wave over the extent plus noise, roughly 0-100, so a choropleth
// shows both regional pattern and local variety).
//
// Memory: about 16 bytes per vertex; 250,000 x 100 vertices is about 400 MB.
// Thread safe (no shared state).

#include <cstdint>
#include <string>

#include "geo/core/geometry.h"
#include "geo/core/layer.h"

namespace geo::ops {

struct SyntheticOptions {
  std::size_t polygon_count = 1000;
  std::size_t vertices_per_polygon = 100;               // fewer than 3 is raised to 3
  geo::core::Box extent{0.0, 0.0, 100000.0, 100000.0};  // in CRS units; empty -> default
  std::uint64_t seed = 1;
  std::string crs_wkt;  // stored on the layer as is; empty = no CRS
};

geo::core::Layer syntheticPolygons(const SyntheticOptions& options);

}  // namespace geo::ops
