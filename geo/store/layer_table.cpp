#include "geo/store/layer_table.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <cctype>

#include "geo/store/gpkg_geometry.h"
#include "geo/store/store_json.h"

namespace geo::store {
namespace {

using nlohmann::json;

struct Column {
  std::string field;
  std::string column;
  core::FieldType type;
};

const char* sqlType(core::FieldType type) {
  switch (type) {
    case core::FieldType::kInteger:
      return "INTEGER";
    case core::FieldType::kReal:
      return "REAL";
    case core::FieldType::kDate:
      return "DATE";
    case core::FieldType::kDateTime:
      return "DATETIME";
    default:
      return "TEXT";
  }
}

std::string lower(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

std::vector<Column> columnsOf(const core::FeatureTable& table) {
  std::vector<Column> columns;
  for (const auto& f : table.fields()) {
    std::string column = f.name;
    while (lower(column) == "fid" || lower(column) == "geom") column += "_1";
    columns.push_back({f.name, column, f.type});
  }
  return columns;
}

core::Result<std::int64_t> srsIdFor(Database& db, const core::Layer& layer) {
  if (!layer.hasCrs()) return std::int64_t{-1};
  if (layer.epsg > 0) {
    auto insert =
        db.prepare("INSERT OR IGNORE INTO gpkg_spatial_ref_sys VALUES (?, ?, 'EPSG', ?, ?, '')");
    if (!insert) return std::unexpected(insert.error());
    insert->bind(1, layer.crs_name.empty() ? fmt::format("EPSG:{}", layer.epsg) : layer.crs_name)
        .bind(2, std::int64_t{layer.epsg})
        .bind(3, std::int64_t{layer.epsg})
        .bind(4, layer.crs_wkt);
    if (auto ok = insert->run(); !ok) return std::unexpected(ok.error());
    return std::int64_t{layer.epsg};
  }
  auto find = db.prepare("SELECT srs_id FROM gpkg_spatial_ref_sys WHERE definition = ?");
  if (!find) return std::unexpected(find.error());
  find->bind(1, layer.crs_wkt);
  if (auto row = find->step(); row && *row) return find->columnInt(0);
  auto next = db.queryInt("SELECT max(100000, max(srs_id) + 1) FROM gpkg_spatial_ref_sys");
  if (!next) return std::unexpected(next.error());
  auto insert = db.prepare("INSERT INTO gpkg_spatial_ref_sys VALUES (?, ?, 'NONE', ?, ?, '')");
  if (!insert) return std::unexpected(insert.error());
  insert->bind(1, layer.crs_name.empty() ? std::string("custom CRS") : layer.crs_name)
      .bind(2, **next)
      .bind(3, **next)
      .bind(4, layer.crs_wkt);
  if (auto ok = insert->run(); !ok) return std::unexpected(ok.error());
  return **next;
}

void bindValue(Statement& stmt, int index, const core::Value& v) {
  if (const auto* s = std::get_if<std::string>(&v))
    stmt.bind(index, std::string_view(*s));
  else if (const auto* i = std::get_if<std::int64_t>(&v))
    stmt.bind(index, *i);
  else if (const auto* d = std::get_if<double>(&v))
    stmt.bind(index, *d);
  else
    stmt.bindNull(index);
}

core::Value columnValue(const Statement& stmt, int index) {
  if (stmt.isNull(index)) return std::monostate{};
  if (stmt.isInteger(index)) return stmt.columnInt(index);
  if (stmt.isReal(index)) return stmt.columnDouble(index);
  return stmt.columnText(index);
}

core::Result<void> createTable(Database& db,
                               const std::string& table,
                               const core::Layer& layer,
                               const std::vector<Column>& columns) {
  std::string sql = fmt::format("CREATE TABLE {} (fid INTEGER PRIMARY KEY AUTOINCREMENT, geom {}",
                                quoteIdentifier(table),
                                gpkgGeometryTypeName(layer.kind));
  for (const auto& c : columns)
    sql += fmt::format(", {} {}", quoteIdentifier(c.column), sqlType(c.type));
  return db.exec(sql + ")");
}

core::Result<void> insertRows(Database& db,
                              const std::string& table,
                              const core::Layer& layer,
                              std::size_t column_count,
                              std::int64_t srs_id) {
  std::string sql = "INSERT INTO " + quoteIdentifier(table) + " VALUES (?, ?";
  for (std::size_t i = 0; i < column_count; ++i) sql += ", ?";
  auto insert = db.prepare(sql + ")");
  if (!insert) return std::unexpected(insert.error());
  for (std::size_t row = 0; row < layer.size(); ++row) {
    insert->bind(1, static_cast<std::int64_t>(row + 1));
    const core::Geometry empty;
    const auto& g = row < layer.geometries.size() ? layer.geometries[row] : empty;
    if (g.empty())
      insert->bindNull(2);
    else
      insert->bind(2, encodeGpkgGeometry(g, static_cast<std::int32_t>(srs_id)));
    for (std::size_t f = 0; f < column_count; ++f)
      bindValue(*insert, static_cast<int>(f + 3), layer.table.value(row, f));
    if (auto ok = insert->run(); !ok) return ok;
  }
  return {};
}

json fieldsJson(const std::vector<Column>& columns) {
  json j = json::array();
  for (const auto& c : columns)
    j.push_back({{"name", c.field}, {"column", c.column}, {"type", static_cast<int>(c.type)}});
  return j;
}

}  // namespace

std::string layerTableName(const std::string& layer_id) {
  std::string name = "lyr_";
  for (char c : layer_id) name += std::isalnum(static_cast<unsigned char>(c)) || c == '_' ? c : '_';
  return name;
}

core::Result<void> dropLayerTable(Database& db, const std::string& layer_id) {
  const std::string table = layerTableName(layer_id);
  auto stmt = db.prepare("SELECT table_name FROM eq_layers WHERE id = ?");
  if (!stmt) return std::unexpected(stmt.error());
  stmt->bind(1, layer_id);
  std::string stored = table;
  if (auto row = stmt->step(); row && *row) stored = stmt->columnText(0);
  stmt->reset();  // an active statement would block DROP TABLE (SQLITE_LOCKED)
  for (const char* sql : {"DELETE FROM gpkg_geometry_columns WHERE table_name = ?",
                          "DELETE FROM gpkg_contents WHERE table_name = ?",
                          "DELETE FROM eq_layers WHERE table_name = ?"}) {
    auto del = db.prepare(sql);
    if (!del) return std::unexpected(del.error());
    del->bind(1, stored);
    if (auto ok = del->run(); !ok) return ok;
  }
  return db.exec("DROP TABLE IF EXISTS " + quoteIdentifier(stored));
}

core::Result<void> writeLayerTable(Database& db, const ProjectLayer& layer, int position) {
  const core::Layer& data = *layer.data;
  const std::string table = layerTableName(layer.spec.id);
  if (auto ok = dropLayerTable(db, layer.spec.id); !ok) return ok;
  auto srs_id = srsIdFor(db, data);
  if (!srs_id) return std::unexpected(srs_id.error());

  const auto columns = columnsOf(data.table);
  if (auto ok = createTable(db, table, data, columns); !ok) return ok;
  if (auto ok = insertRows(db, table, data, columns.size(), *srs_id); !ok) return ok;

  auto contents = db.prepare(
      "INSERT INTO gpkg_contents (table_name, data_type, identifier, description, min_x, min_y, "
      "max_x, max_y, srs_id) VALUES (?, 'features', ?, ?, ?, ?, ?, ?, ?)");
  if (!contents) return std::unexpected(contents.error());
  const core::Box box = data.bounds();
  contents->bind(1, table).bind(2, table).bind(3, layer.spec.title);
  if (box.empty())
    contents->bindNull(4).bindNull(5).bindNull(6).bindNull(7);
  else
    contents->bind(4, box.min_x).bind(5, box.min_y).bind(6, box.max_x).bind(7, box.max_y);
  contents->bind(8, *srs_id);
  if (auto ok = contents->run(); !ok) return ok;

  auto geometry_columns =
      db.prepare("INSERT INTO gpkg_geometry_columns VALUES (?, 'geom', ?, ?, 0, 0)");
  if (!geometry_columns) return std::unexpected(geometry_columns.error());
  geometry_columns->bind(1, table).bind(2, gpkgGeometryTypeName(data.kind)).bind(3, *srs_id);
  if (auto ok = geometry_columns->run(); !ok) return ok;

  auto meta = db.prepare("INSERT INTO eq_layers VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  if (!meta) return std::unexpected(meta.error());
  meta->bind(1, layer.spec.id)
      .bind(2, std::int64_t{position})
      .bind(3, table)
      .bind(4, toJson(layer.spec).dump())
      .bind(5, layer.spec.source)
      .bind(6, layer.imported_utc)
      .bind(7, data.name)
      .bind(8, data.crs_wkt)
      .bind(9, data.crs_name)
      .bind(10, std::int64_t{data.epsg})
      .bind(11, std::int64_t{static_cast<int>(data.kind)})
      .bind(12, fieldsJson(columns).dump());
  return meta->run();
}

core::Result<void> writeLayerMetadata(Database& db, const ProjectLayer& layer, int position) {
  auto meta = db.prepare("UPDATE eq_layers SET position = ?, spec_json = ? WHERE id = ?");
  if (!meta) return std::unexpected(meta.error());
  meta->bind(1, std::int64_t{position}).bind(2, toJson(layer.spec).dump()).bind(3, layer.spec.id);
  if (auto ok = meta->run(); !ok) return ok;
  auto contents = db.prepare("UPDATE gpkg_contents SET description = ? WHERE table_name = ?");
  if (!contents) return std::unexpected(contents.error());
  contents->bind(1, layer.spec.title).bind(2, layerTableName(layer.spec.id));
  return contents->run();
}

namespace {

core::Result<void> readRows(Database& db, const std::string& table, core::Layer& layer) {
  auto rows = db.prepare("SELECT * FROM " + quoteIdentifier(table) + " ORDER BY fid");
  if (!rows) return std::unexpected(rows.error());
  const int field_count = static_cast<int>(layer.table.fieldCount());
  for (;;) {
    auto row = rows->step();
    if (!row) return std::unexpected(row.error());
    if (!*row) break;
    auto geometry = decodeGpkgGeometry(rows->columnBlob(1));
    if (!geometry) {
      core::Error e = geometry.error();
      e.file = db.path();
      e.layer = layer.name;
      e.feature = std::to_string(rows->columnInt(0));
      return std::unexpected(e);
    }
    std::vector<core::Value> values;
    for (int f = 0; f < field_count; ++f) values.push_back(columnValue(*rows, f + 2));
    layer.table.addRow(std::move(values));
    layer.geometries.push_back(std::move(*geometry));
  }
  layer.report.features = layer.size();
  layer.report.driver = "equimap project";
  return {};
}

core::Result<ProjectLayer> readOneLayer(Database& db, const Statement& meta) {
  auto spec_json = parseJsonText(meta.columnText(3), "a layer description");
  if (!spec_json) return std::unexpected(spec_json.error());
  auto spec = layerSpecFromJson(*spec_json);
  if (!spec) return std::unexpected(spec.error());
  auto fields = parseJsonText(meta.columnText(11), "a layer's field list");
  if (!fields) return std::unexpected(fields.error());

  auto layer = std::make_shared<core::Layer>();
  layer->name = meta.columnText(6);
  layer->source_path = meta.columnText(4);
  layer->crs_wkt = meta.columnText(7);
  layer->crs_name = meta.columnText(8);
  layer->epsg = static_cast<int>(meta.columnInt(9));
  layer->kind = static_cast<core::GeometryKind>(meta.columnInt(10));
  for (const auto& f : *fields)
    layer->table.addField(
        {f.value("name", std::string()), static_cast<core::FieldType>(f.value("type", 0))});
  if (auto ok = readRows(db, meta.columnText(2), *layer); !ok) return std::unexpected(ok.error());
  return ProjectLayer{.spec = *spec, .imported_utc = meta.columnText(5), .data = layer};
}

}  // namespace

core::Result<std::vector<ProjectLayer>> readLayerTables(Database& db) {
  auto meta = db.prepare(
      "SELECT id, position, table_name, spec_json, source_path, imported_utc, layer_name, "
      "crs_wkt, crs_name, epsg, kind, fields_json FROM eq_layers ORDER BY position");
  if (!meta) return std::unexpected(meta.error());
  std::vector<ProjectLayer> layers;
  for (;;) {
    auto row = meta->step();
    if (!row) return std::unexpected(row.error());
    if (!*row) break;
    auto layer = readOneLayer(db, *meta);
    if (!layer) return std::unexpected(layer.error());
    layers.push_back(std::move(*layer));
  }
  return layers;
}

}  // namespace geo::store
