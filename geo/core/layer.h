#pragma once

// Layer: one vector layer as loaded from a GDAL source: attribute table, one
// geometry per row (empty for null/empty source geometries, which are kept as
// attribute rows), the source CRS and a load report.
//
// Coordinates are in the source CRS with traditional GIS axis order
// (x = easting/longitude, y = northing/latitude), never lat/lon.
// An empty `crs_wkt` is the explicit "no CRS" state: callers must ask the user,
// never guess.

#include <cstdint>
#include <string>
#include <vector>

#include "geo/core/feature_table.h"
#include "geo/core/geometry.h"

namespace geo::core {

struct LoadReport {
  std::string driver;          // GDAL driver short name
  std::string encoding;        // text encoding the attributes were decoded from
  std::size_t features = 0;    // rows read
  std::size_t null_geometries = 0;
  std::size_t empty_geometries = 0;
  std::size_t repaired_geometries = 0;  // invalid polygons fixed with MakeValid
  std::size_t unusable_geometries = 0;  // invalid even after MakeValid; kept as rows, no shape
  std::size_t skipped_parts = 0;        // parts of another kind dropped from mixed geometries
  std::vector<std::string> warnings;    // data-quality messages, one line each

  std::string summary() const;  // one line, e.g. "55 features, 2 repaired, 1 without geometry"
};

struct Layer {
  std::string name;         // layer name within its source
  std::string source_path;  // path or connection string it was read from
  std::string crs_wkt;      // WKT2 of the source CRS; empty = unknown CRS
  std::string crs_name;     // human readable CRS name, e.g. "NAD83"; empty when unknown
  int epsg = 0;             // EPSG code when identified, else 0
  GeometryKind kind = GeometryKind::kNone;
  FeatureTable table;
  std::vector<Geometry> geometries;  // geometries[i] belongs to table row i
  LoadReport report;

  bool hasCrs() const { return !crs_wkt.empty(); }
  std::size_t size() const { return table.rowCount(); }
  Box bounds() const;
};

}  // namespace geo::core
