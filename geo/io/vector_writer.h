#pragma once

// Writing vector layers through GDAL (the writing half of the GDAL adapter).
//
// writeLayers creates `path` anew (an existing file is replaced) with the given
// driver ("GPKG" by default) and one layer per core::Layer: its name, its CRS
// (crs_wkt; empty = no CRS), its fields (text, integer, real; other types are
// written as text) and one feature per row with its geometry (points as
// (multi)points, lines as (multi)linestrings, polygons as multipolygons; empty
// geometries as null). Rows are written in one transaction per layer.
// Fails with kIo carrying GDAL's message and the path. Thread safe like readLayer.

#include <string>
#include <vector>

#include "geo/core/error.h"
#include "geo/core/layer.h"

namespace geo::io {

core::Result<void> writeLayers(const std::vector<core::Layer>& layers,
                               const std::string& path,
                               const std::string& driver = "GPKG");

}  // namespace geo::io
