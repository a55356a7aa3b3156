#include "geo/store/schema.h"

#include <fmt/format.h>

#include <string>

namespace geo::store {
namespace {

constexpr const char* kGpkgCore = R"sql(
CREATE TABLE gpkg_spatial_ref_sys (
  srs_name TEXT NOT NULL, srs_id INTEGER PRIMARY KEY, organization TEXT NOT NULL,
  organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL, description TEXT);
CREATE TABLE gpkg_contents (
  table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL, identifier TEXT UNIQUE,
  description TEXT DEFAULT '',
  last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER,
  CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id));
CREATE TABLE gpkg_geometry_columns (
  table_name TEXT NOT NULL, column_name TEXT NOT NULL, geometry_type_name TEXT NOT NULL,
  srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL,
  CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name),
  CONSTRAINT uk_gc_table_name UNIQUE (table_name),
  CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),
  CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id));
INSERT INTO gpkg_spatial_ref_sys VALUES ('Undefined cartesian SRS', -1, 'NONE', -1,
  'undefined', 'undefined cartesian coordinate reference system');
INSERT INTO gpkg_spatial_ref_sys VALUES ('Undefined geographic SRS', 0, 'NONE', 0,
  'undefined', 'undefined geographic coordinate reference system');
INSERT INTO gpkg_spatial_ref_sys VALUES ('WGS 84 geodetic', 4326, 'EPSG', 4326,
  'GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563,AUTHORITY["EPSG","7030"]],AUTHORITY["EPSG","6326"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],AXIS["Latitude",NORTH],AXIS["Longitude",EAST],AUTHORITY["EPSG","4326"]]',
  'longitude/latitude coordinates in decimal degrees on the WGS 84 spheroid');
)sql";

constexpr const char* kEquimapV1 = R"sql(
CREATE TABLE eq_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE eq_layers (
  id TEXT PRIMARY KEY, position INTEGER NOT NULL, table_name TEXT NOT NULL UNIQUE,
  spec_json TEXT NOT NULL, source_path TEXT NOT NULL, imported_utc TEXT NOT NULL,
  layer_name TEXT NOT NULL, crs_wkt TEXT NOT NULL, crs_name TEXT NOT NULL,
  epsg INTEGER NOT NULL, kind TEXT NOT NULL, fields_json TEXT NOT NULL);
CREATE TABLE eq_classifications (id TEXT PRIMARY KEY, locked INTEGER NOT NULL,
  json TEXT NOT NULL);
CREATE TABLE eq_documents (kind TEXT NOT NULL, id TEXT NOT NULL, name TEXT NOT NULL,
  json TEXT NOT NULL, updated_utc TEXT NOT NULL, PRIMARY KEY (kind, id));
CREATE TABLE eq_kpis (id TEXT PRIMARY KEY, position INTEGER NOT NULL, name TEXT NOT NULL,
  unit TEXT NOT NULL, direction TEXT NOT NULL, target REAL, service_line TEXT NOT NULL,
  level TEXT NOT NULL, description TEXT NOT NULL);
CREATE TABLE eq_kpi_values (kpi_id TEXT NOT NULL, unit_id TEXT NOT NULL,
  period_utc TEXT NOT NULL, period_label TEXT NOT NULL, value REAL NOT NULL,
  source TEXT NOT NULL, PRIMARY KEY (kpi_id, unit_id, period_utc));
CREATE TABLE eq_proposals (id TEXT PRIMARY KEY, position INTEGER NOT NULL,
  json TEXT NOT NULL);
CREATE TABLE eq_comments (id INTEGER PRIMARY KEY, text TEXT NOT NULL, topic TEXT NOT NULL,
  language TEXT NOT NULL, created_utc TEXT NOT NULL, x REAL, y REAL, crs TEXT NOT NULL);
CREATE TABLE eq_view_state (id INTEGER PRIMARY KEY CHECK (id = 1), center_x REAL NOT NULL,
  center_y REAL NOT NULL, units_per_pixel REAL NOT NULL, display_crs TEXT NOT NULL,
  active_layer TEXT NOT NULL, kpi_id TEXT NOT NULL, kpi_period TEXT NOT NULL);
INSERT INTO eq_meta VALUES ('schema_version', '1');
)sql";

// Migration n -> n + 1 is kMigrations[n - 1].
constexpr const char* kMigrations[] = {
    R"sql(
CREATE TABLE eq_group_counts (area_id TEXT NOT NULL, grp TEXT NOT NULL, count REAL NOT NULL,
  source TEXT NOT NULL, PRIMARY KEY (area_id, grp));
)sql",
};
static_assert(std::size(kMigrations) == kSchemaVersion - 1);

}  // namespace

core::Result<void> createSchemaVersion(Database& db, int version) {
  if (auto ok = db.exec(fmt::format("PRAGMA application_id = {}; PRAGMA user_version = {};",
                                    kGpkgApplicationId,
                                    kGpkgUserVersion));
      !ok)
    return ok;
  if (auto ok = db.exec(kGpkgCore); !ok) return ok;
  if (auto ok = db.exec(kEquimapV1); !ok) return ok;
  for (int v = 1; v < version; ++v)
    if (auto ok = db.exec(kMigrations[v - 1]); !ok) return ok;
  return db.exec(
      fmt::format("UPDATE eq_meta SET value = '{}' WHERE key = 'schema_version'", version));
}

core::Result<void> createSchema(Database& db) {
  return createSchemaVersion(db, kSchemaVersion);
}

core::Result<int> readSchemaVersion(Database& db) {
  if (!db.tableExists("eq_meta")) {
    return core::fail(core::Error{
        .code = core::ErrorCode::kUnsupported,
        .message = "the file is not an equimap project (no eq_meta table)",
        .file = db.path(),
        .hint = "open a .equimap file, or add the GeoPackage's layers to a new project"});
  }
  auto text = db.queryText("SELECT value FROM eq_meta WHERE key = 'schema_version'");
  if (!text) return std::unexpected(text.error());
  int version = 0;
  if (!*text || (version = std::atoi((*text)->c_str())) < 1) {
    return core::fail(core::Error{.code = core::ErrorCode::kInvalidData,
                                  .message = "the project file has no valid schema version",
                                  .file = db.path()});
  }
  return version;
}

core::Result<void> migrate(Database& db, int from) {
  for (int v = from; v < kSchemaVersion; ++v)
    if (auto ok = db.exec(kMigrations[v - 1]); !ok) return ok;
  return db.exec(
      fmt::format("UPDATE eq_meta SET value = '{}' WHERE key = 'schema_version'", kSchemaVersion));
}

}  // namespace geo::store
