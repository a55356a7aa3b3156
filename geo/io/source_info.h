#pragma once

// What a vector source holds, without loading its features: the basis of
// `equimap info` and of layer pickers. Reading goes through GDAL; each call
// opens and closes the source. Thread safe (no shared state besides GDAL's
// one-time registration).

#include <cstdint>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "geo/core/error.h"
#include "geo/core/feature_table.h"
#include "geo/core/geometry.h"

namespace geo::io {

struct LayerInfo {
  std::string name;
  std::string geometry_type;        // GDAL's name, e.g. "Multi Polygon", "None"
  std::int64_t feature_count = -1;  // -1 when the driver cannot count cheaply
};

struct LayerDescription {
  LayerInfo info;
  std::string crs_name;  // empty when the layer has no CRS
  int epsg = 0;          // 0 when not identified
  std::string crs_wkt;   // WKT2_2019; empty when the layer has no CRS
  std::vector<core::Field> fields;
  core::Box extent;  // in the layer CRS, x = easting/longitude; empty if unknown
};

struct SourceInfo {
  std::string path;
  std::string driver;  // GDAL driver short name, e.g. "GeoJSON"
  std::vector<LayerDescription> layers;
};

// Names, geometry types and (cheap) feature counts of every layer.
// Fails with kIo (GDAL's reason, the path and a hint) when the source cannot be opened.
core::Result<std::vector<LayerInfo>> listLayers(const std::string& path);

// Full description: driver, per layer CRS, fields, exact feature count and extent.
// Fails like listLayers.
core::Result<SourceInfo> describeSource(const std::string& path);

// Multi-line human readable text (ends with a newline).
std::string toText(const SourceInfo& info);
// {"path","driver","layers":[{"name","geometry_type","feature_count",
//   "crs":{"name","epsg","wkt"} or null,"fields":[{"name","type"}],
//   "extent":[min_x,min_y,max_x,max_y] or null}]}
nlohmann::json toJson(const SourceInfo& info);

}  // namespace geo::io
