#pragma once

// The schema of an .equimap file (internal to geo/store).
//
// The file is a GeoPackage 1.3 (application_id 'GPKG' = 0x47504B47,
// user_version 10300) with the three required tables (gpkg_spatial_ref_sys,
// gpkg_contents, gpkg_geometry_columns). Each imported layer is a features
// table "lyr_<id>" (fid INTEGER PRIMARY KEY, geom MULTI*, attribute columns)
// registered in gpkg_contents, so GDAL and other GIS tools list it. equimap's
// own tables start with "eq_" and are not registered in gpkg_contents:
//   eq_meta (key, value)         schema_version, name, display_crs, saved_utc, save_count
//   eq_layers                    one row per layer: spec JSON, source path, import time
//   eq_classifications           classification JSON and the locked flag
//   eq_documents                 analyses, analysis results, scenarios (JSON text)
//   eq_kpis, eq_kpi_values       KPI definitions and values per unit and period
//   eq_group_counts              people per group and area (schema version 2)
//   eq_proposals                 savings ledgers (JSON)
//   eq_comments                  text, topic, language, time, optional point
//   eq_view_state                one row: the view (kept apart from content)
// Version history: 1 = first release; 2 adds eq_group_counts.

#include "geo/core/error.h"
#include "geo/store/sqlite_db.h"

namespace geo::store {

inline constexpr int kSchemaVersion = 2;
inline constexpr int kGpkgApplicationId = 0x47504B47;  // "GPKG"
inline constexpr int kGpkgUserVersion = 10300;         // GeoPackage 1.3.0

// Creates all tables of the current version in an empty database (inside the
// caller's transaction) by creating version 1 and migrating.
core::Result<void> createSchema(Database& db);
// Creates the tables of exactly `version` (tests use this to make old files).
core::Result<void> createSchemaVersion(Database& db, int version);
// eq_meta.schema_version; fails with kUnsupported when the file is not an
// equimap project (no eq_meta table).
core::Result<int> readSchemaVersion(Database& db);
// Applies migrations from `from` to kSchemaVersion inside the caller's transaction.
core::Result<void> migrate(Database& db, int from);

}  // namespace geo::store
