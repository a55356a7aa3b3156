#pragma once

// Loading vector layers and attribute tables through GDAL (any OGR format:
// GeoJSON, shapefile, GeoPackage, CSV, ...). The GDAL adapter of equimap.
//
// Contract of readLayer:
// - One table row and one Geometry per source feature, in source order. Null or
//   empty source geometries stay as rows with an empty Geometry and are counted
//   in the report; so are invalid polygons (repaired with GEOS MakeValid) and
//   polygons still unusable after repair (kept as rows without geometry).
// - Coordinates stay in the source CRS with x = easting/longitude. The CRS is
//   recorded as WKT2 + name + EPSG; a source without CRS leaves crs_wkt empty
//   and adds a report warning: the caller must ask the user, never guess.
// - `kind` is the dominant geometry kind (by feature count); parts of other
//   kinds in a mixed layer are dropped and counted in report.skipped_parts.
//   A table without geometry (CSV without coordinates) has kind kNone.
// - Attribute text is always valid UTF-8: a declared encoding (.cpg, the
//   format's own) is honoured; text that is not valid UTF-8 and declares
//   nothing is decoded as Windows-1252. report.encoding says which.
// - CSV columns are all read as text (leading zeros of GEOIDs survive); lon/lat
//   or x/y columns, or a WKT column, give geometries. A Census second header row
//   of labels is dropped; a GEO_ID column gets a derived GEOID_FROM_GEO_ID text
//   field. A UTF-8 byte order mark is ignored.
// - Fails with kIo (cannot open: GDAL's reason, path, hint), kNotFound (no such
//   layer), kCancelled (progress->cancel()). An empty layer loads with a warning.
// Thread safe: each call opens its own dataset; GDAL messages are captured per
// thread and never printed by GDAL itself.

#include <string>

#include "geo/core/error.h"
#include "geo/core/feature_table.h"
#include "geo/core/layer.h"
#include "geo/core/progress.h"
#include "geo/io/source_info.h"

namespace geo::io {

struct ReadOptions {
  std::string layer;     // layer name; empty = the first layer
  std::string encoding;  // e.g. "CP1252"; empty = as the source declares, else detected
};

core::Result<core::Layer> readLayer(const std::string& path,
                                    const ReadOptions& options,
                                    core::Progress* progress = nullptr);

// The attribute table of a source (typically a CSV), read like readLayer.
core::Result<core::FeatureTable> readTable(const std::string& path,
                                           const ReadOptions& options = {});

}  // namespace geo::io
