#include "geo/store/project_file.h"

#include <fmt/format.h>

#include <cstdio>
#include <filesystem>
#include <set>

#include "geo/core/log.h"
#include "geo/store/content_io.h"
#include "geo/store/file_lock.h"
#include "geo/store/layer_table.h"
#include "geo/store/schema.h"

namespace geo::store {
namespace {

namespace fs = std::filesystem;

core::Result<void> writeAll(Database& db,
                            const ProjectContent& content,
                            const ViewState& view,
                            SavedLayers& saved) {
  // Layers: drop the ones gone or replaced, write new ones, update metadata.
  std::set<std::string> current;
  for (const auto& layer : content.layers) current.insert(layer.spec.id);
  for (const auto& [id, data] : saved)
    if (!current.contains(id))
      if (auto ok = dropLayerTable(db, id); !ok) return ok;
  for (std::size_t i = 0; i < content.layers.size(); ++i) {
    const auto& layer = content.layers[i];
    const auto it = saved.find(layer.spec.id);
    const bool unchanged = it != saved.end() && it->second == layer.data;
    auto ok = unchanged ? writeLayerMetadata(db, layer, static_cast<int>(i))
                        : writeLayerTable(db, layer, static_cast<int>(i));
    if (!ok) return ok;
  }

  if (auto ok = writeSmallTables(db, content); !ok) return ok;
  if (auto ok = writeViewState(db, view); !ok) return ok;
  auto count = readMeta(db, "save_count");
  if (!count) return std::unexpected(count.error());
  if (auto ok = writeMeta(db, "save_count", std::to_string(std::atoll(count->c_str()) + 1)); !ok)
    return ok;
  return writeMeta(db, "saved_utc", utcNow());
}

SavedLayers layersOf(const ProjectContent& content) {
  SavedLayers saved;
  for (const auto& layer : content.layers) saved[layer.spec.id] = layer.data;
  return saved;
}

}  // namespace

core::Result<int> checkProjectFile(const std::string& path) {
  std::error_code ec;
  if (!fs::exists(path, ec)) {
    return core::fail(core::Error{
        .code = core::ErrorCode::kIo, .message = "the project file does not exist", .file = path});
  }
  auto db = Database::open(path, Database::Mode::kReadOnly);
  if (!db) return std::unexpected(db.error());
  auto version = readSchemaVersion(*db);
  if (!version) return version;
  if (*version > kSchemaVersion) {
    return core::fail(core::Error{
        .code = core::ErrorCode::kUnsupported,
        .message = fmt::format("the project was saved by a newer equimap (file schema version "
                               "{}, this equimap reads up to {}); it was not opened or changed",
                               *version,
                               kSchemaVersion),
        .file = path,
        .hint = "update equimap to open this project"});
  }
  return version;
}

core::Result<Database> openProjectDatabase(const std::string& path, bool read_only, int version) {
  auto db =
      Database::open(path, read_only ? Database::Mode::kReadOnly : Database::Mode::kReadWrite);
  if (!db || read_only) return db;
  if (auto ok = db->exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;"); !ok)
    return std::unexpected(ok.error());
  if (version == kSchemaVersion) return db;

  if (auto ok = db->exec("BEGIN IMMEDIATE"); !ok) return std::unexpected(ok.error());
  if (auto ok = migrate(*db, version); !ok) {
    (void)db->exec("ROLLBACK");
    return std::unexpected(ok.error());
  }
  if (auto ok = db->exec("COMMIT"); !ok) return std::unexpected(ok.error());
  core::logInfo("store", "migrated {} from schema version {} to {}", path, version, kSchemaVersion);
  return db;
}

core::Result<LoadedProject> loadProject(Database& db) {
  // One read transaction gives a consistent snapshot while another process saves.
  if (auto ok = db.exec("BEGIN"); !ok) return std::unexpected(ok.error());
  LoadedProject loaded;
  auto layers = readLayerTables(db);
  core::Result<void> ok = layers ? readSmallTables(db, loaded.content)
                                 : core::Result<void>(std::unexpected(layers.error()));
  auto view = ok ? readViewState(db) : core::Result<ViewState>(std::unexpected(ok.error()));
  (void)db.exec("COMMIT");
  if (!view) return std::unexpected(view.error());
  loaded.content.layers = std::move(*layers);
  loaded.view = std::move(*view);
  return loaded;
}

core::Result<void> saveProject(Database& db,
                               const ProjectContent& content,
                               const ViewState& view,
                               SavedLayers& saved) {
  if (auto ok = db.exec("BEGIN IMMEDIATE"); !ok) return ok;
  SavedLayers next = saved;
  if (auto ok = writeAll(db, content, view, next); !ok) {
    (void)db.exec("ROLLBACK");
    return ok;
  }
  if (auto ok = db.exec("COMMIT"); !ok) {
    (void)db.exec("ROLLBACK");
    return ok;
  }
  saved = layersOf(content);
  return {};
}

core::Result<void> writeProjectFile(const std::string& path,
                                    const ProjectContent& content,
                                    const ViewState& view,
                                    const std::vector<std::pair<std::string, std::string>>& meta) {
  const std::string tmp = path + ".tmp";
  std::error_code ec;
  for (const char* suffix : {"", "-wal", "-shm", "-journal"}) fs::remove(tmp + suffix, ec);
  {
    auto db = Database::open(tmp, Database::Mode::kCreate);
    if (!db) return std::unexpected(db.error());
    SavedLayers none;
    auto ok = db->exec("PRAGMA journal_mode = WAL; BEGIN IMMEDIATE;");
    if (ok) ok = createSchema(*db);
    if (ok) ok = writeAll(*db, content, view, none);
    for (const auto& [key, value] : meta)
      if (ok) ok = writeMeta(*db, key, value);
    if (ok) ok = db->exec("COMMIT");
    if (!ok) {
      db->close();
      fs::remove(tmp, ec);
      return ok;
    }
  }  // closing the last connection checkpoints and removes the -wal file

  // Never replace a file another instance has open; never let its stale WAL
  // be applied to the new file.
  if (fs::exists(path, ec) && !FileLock(path).locked()) {
    fs::remove(tmp, ec);
    return core::fail(core::Error{.code = core::ErrorCode::kIo,
                                  .message = "the target file is open in another equimap",
                                  .file = path,
                                  .hint = "close it there or choose another name"});
  }
  for (const char* suffix : {"-wal", "-shm"}) fs::remove(path + suffix, ec);
  fs::rename(tmp, path, ec);
  if (ec) {
    return core::fail(core::Error{.code = core::ErrorCode::kIo,
                                  .message = "cannot write the project file: " + ec.message(),
                                  .file = path,
                                  .hint = "check that the folder is writable"});
  }
  return {};
}

}  // namespace geo::store
