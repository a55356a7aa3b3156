#pragma once

// Writing and reading one project layer as a GeoPackage features table
// (internal to geo/store). The caller owns the transaction.
//
// Table name "lyr_" + the layer id with every character other than [A-Za-z0-9_]
// replaced by '_'. Attribute columns keep the field names, except a field named
// like the primary key or geometry column ("fid", "geom", any case) which gets
// a "_1" suffix; eq_layers.fields_json keeps the real name, type and column so
// the table reads back exactly. The CRS is registered in gpkg_spatial_ref_sys
// under its EPSG code, or under a new id >= 100000 for a CRS without one; a
// layer without CRS uses srs_id -1 ("undefined cartesian").

#include <string>

#include "geo/core/error.h"
#include "geo/store/project_content.h"
#include "geo/store/sqlite_db.h"

namespace geo::store {

std::string layerTableName(const std::string& layer_id);

// Creates (replacing any previous) the features table and registers it.
core::Result<void> writeLayerTable(Database& db, const ProjectLayer& layer, int position);
// Updates only eq_layers and gpkg_contents metadata (spec, order, title).
core::Result<void> writeLayerMetadata(Database& db, const ProjectLayer& layer, int position);
// Drops a layer's table and its registrations.
core::Result<void> dropLayerTable(Database& db, const std::string& layer_id);

// Reads every layer listed in eq_layers, in position order.
core::Result<std::vector<ProjectLayer>> readLayerTables(Database& db);

}  // namespace geo::store
