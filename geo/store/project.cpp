#include "geo/store/project.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <vector>

#include "geo/core/log.h"
#include "geo/store/content_io.h"
#include "geo/store/file_lock.h"
#include "geo/store/layer_table.h"
#include "geo/store/project_file.h"
#include "geo/store/schema.h"
#include "geo/store/sqlite_db.h"

namespace geo::store {
namespace {

namespace fs = std::filesystem;

constexpr std::size_t kMaxUndo = 100;

struct Snapshot {
  std::string label;
  ProjectContent content;
  std::uint64_t revision = 0;
};

core::Error inUse(const std::string& path) {
  return core::Error{.code = core::ErrorCode::kIo,
                     .message = "the project is open in another equimap window or process",
                     .file = path,
                     .hint = "close it there, or open the project read-only"};
}

core::Error readOnlyError(const std::string& path, const std::string& reason) {
  return core::Error{.code = core::ErrorCode::kIo,
                     .message = "the project is open read-only: " + reason,
                     .file = path,
                     .hint = "use Save As to write the changes to another file"};
}

// Runs `write` in one IMMEDIATE transaction; rolls back when it fails.
template <typename Write>
core::Result<void> inTransaction(Database& db, Write&& write) {
  if (auto ok = db.exec("BEGIN IMMEDIATE"); !ok) return ok;
  auto ok = write();
  if (ok) ok = db.exec("COMMIT");
  if (!ok) (void)db.exec("ROLLBACK");
  return ok;
}

}  // namespace

struct Project::Impl {
  std::string path;
  Database db;
  FileLock lock;
  bool read_only = false;
  std::string read_only_reason;
  int schema_version = kSchemaVersion;

  ProjectContent content;
  ViewState view;
  std::vector<Snapshot> undo;
  std::vector<Snapshot> redo;
  std::uint64_t revision = 0;
  std::uint64_t next_revision = 1;
  std::uint64_t saved_revision = 0;
  bool view_dirty = false;
  SavedLayers saved_layers;  // layer data already in the file, by id
};

Project::Project(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Project::Project(Project&&) noexcept = default;
Project& Project::operator=(Project&&) noexcept = default;
Project::~Project() = default;

const std::string& Project::path() const {
  return impl_->path;
}
bool Project::readOnly() const {
  return impl_->read_only;
}
const std::string& Project::readOnlyReason() const {
  return impl_->read_only_reason;
}
int Project::schemaVersion() const {
  return impl_->schema_version;
}
const ProjectContent& Project::content() const {
  return impl_->content;
}
const ViewState& Project::view() const {
  return impl_->view;
}

void Project::setView(const ViewState& view) {
  if (view == impl_->view) return;
  impl_->view = view;
  impl_->view_dirty = true;
}

core::Result<Project> Project::create(const std::string& path, const std::string& name) {
  std::error_code ec;
  if (fs::exists(path, ec)) {
    return core::fail(core::Error{.code = core::ErrorCode::kIo,
                                  .message = "a file with this name exists already",
                                  .file = path,
                                  .hint = "choose another name or open the existing project"});
  }
  ProjectContent content;
  content.name = name;
  if (auto ok = writeProjectFile(path, content, ViewState{}, {}); !ok)
    return std::unexpected(ok.error());
  return open(path, OpenOptions{.allow_read_only = false});
}

core::Result<Project> Project::open(const std::string& path, const OpenOptions& options) {
  auto impl = std::make_unique<Impl>();
  impl->path = path;

  // Inspect through a read-only connection first: a newer file is never touched.
  auto version = checkProjectFile(path);
  if (!version) return std::unexpected(version.error());
  impl->schema_version = *version;

  impl->lock = FileLock(path);
  if (!impl->lock.locked()) {
    if (!options.allow_read_only) return std::unexpected(inUse(path));
    impl->read_only = true;
    impl->read_only_reason =
        "The project is open in another equimap window or process; it was opened read-only. "
        "Use Save As to keep changes in another file.";
  }
  auto db = openProjectDatabase(path, impl->read_only, *version);
  if (!db) return std::unexpected(db.error());
  impl->db = std::move(*db);

  auto loaded = loadProject(impl->db);
  if (!loaded) return std::unexpected(loaded.error());
  impl->content = std::move(loaded->content);
  impl->view = std::move(loaded->view);
  for (const auto& layer : impl->content.layers) impl->saved_layers[layer.spec.id] = layer.data;
  core::logInfo("store",
                "opened project {} ({} layers, {} KPI values{})",
                path,
                impl->content.layers.size(),
                impl->content.kpi_values.size(),
                impl->read_only ? ", read-only" : "");
  return Project(std::move(impl));
}

void Project::edit(const std::string& label, const std::function<void(ProjectContent&)>& change) {
  impl_->undo.push_back({label, impl_->content, impl_->revision});
  if (impl_->undo.size() > kMaxUndo) impl_->undo.erase(impl_->undo.begin());
  impl_->redo.clear();
  change(impl_->content);
  impl_->revision = impl_->next_revision++;
}

bool Project::canUndo() const {
  return !impl_->undo.empty();
}
bool Project::canRedo() const {
  return !impl_->redo.empty();
}
std::string Project::undoLabel() const {
  return canUndo() ? impl_->undo.back().label : "";
}
std::string Project::redoLabel() const {
  return canRedo() ? impl_->redo.back().label : "";
}

bool Project::undo() {
  if (!canUndo()) return false;
  Snapshot previous = std::move(impl_->undo.back());
  impl_->undo.pop_back();
  impl_->redo.push_back({previous.label, std::move(impl_->content), impl_->revision});
  impl_->content = std::move(previous.content);
  impl_->revision = previous.revision;
  return true;
}

bool Project::redo() {
  if (!canRedo()) return false;
  Snapshot next = std::move(impl_->redo.back());
  impl_->redo.pop_back();
  impl_->undo.push_back({next.label, std::move(impl_->content), impl_->revision});
  impl_->content = std::move(next.content);
  impl_->revision = next.revision;
  return true;
}

bool Project::hasUnsavedChanges() const {
  return impl_->revision != impl_->saved_revision || impl_->view_dirty;
}

core::Result<void> Project::save() {
  if (impl_->read_only) return core::fail(readOnlyError(impl_->path, impl_->read_only_reason));
  if (auto ok = saveProject(impl_->db, impl_->content, impl_->view, impl_->saved_layers); !ok)
    return ok;
  impl_->saved_revision = impl_->revision;
  impl_->view_dirty = false;
  discardRecovery();
  return {};
}

core::Result<std::int64_t> Project::appendComment(Comment comment) {
  if (impl_->read_only) return core::fail(readOnlyError(impl_->path, impl_->read_only_reason));

  // A new id above every id in the file, in memory and in the history.
  auto file_max = impl_->db.queryInt("SELECT MAX(id) FROM eq_comments");
  if (!file_max) return std::unexpected(file_max.error());
  std::int64_t id = file_max->value_or(0);
  const auto raise = [&](const ProjectContent& c) {
    for (const auto& m : c.comments) id = std::max(id, m.id);
  };
  raise(impl_->content);
  for (const auto& s : impl_->undo) raise(s.content);
  for (const auto& s : impl_->redo) raise(s.content);
  comment.id = id + 1;
  if (comment.created_utc.empty()) comment.created_utc = utcNow();

  auto ok = inTransaction(impl_->db, [&] { return insertComments(impl_->db, {comment}); });
  if (!ok) return std::unexpected(ok.error());

  impl_->content.comments.push_back(comment);
  for (auto& s : impl_->undo) s.content.comments.push_back(comment);
  for (auto& s : impl_->redo) s.content.comments.push_back(comment);
  core::logInfo("store", "comment {} written to {}", comment.id, impl_->path);
  return comment.id;
}

core::Result<void> Project::saveAs(const std::string& path) {
  if (path == impl_->path && !impl_->read_only) return save();
  if (auto ok = writeProjectFile(path, impl_->content, impl_->view, {}); !ok) return ok;
  auto reopened = open(path, OpenOptions{.allow_read_only = false});
  if (!reopened) return std::unexpected(reopened.error());
  discardRecovery();

  // Keep the history: only the file behind the project changes.
  reopened->impl_->undo = std::move(impl_->undo);
  reopened->impl_->redo = std::move(impl_->redo);
  reopened->impl_->revision = impl_->revision;
  reopened->impl_->next_revision = impl_->next_revision;
  reopened->impl_->saved_revision = impl_->revision;
  impl_ = std::move(reopened->impl_);
  return {};
}

core::Result<void> Project::writeRecovery() const {
  return writeProjectFile(
      recoveryPath(impl_->path), impl_->content, impl_->view, {{"recovery_of", impl_->path}});
}

void Project::discardRecovery() const {
  std::error_code ec;
  fs::remove(recoveryPath(impl_->path), ec);
}

core::Result<void> checkIntegrity(const std::string& path) {
  auto db = Database::open(path, Database::Mode::kReadOnly);
  if (!db) return std::unexpected(db.error());
  auto result = db->queryText("PRAGMA integrity_check");
  if (!result) return std::unexpected(result.error());
  if (*result && **result == "ok") return {};
  return core::fail(
      core::Error{.code = core::ErrorCode::kInvalidData,
                  .message = "integrity check failed: " + result->value_or("no result"),
                  .file = path});
}

std::string recoveryPath(const std::string& project_path) {
  return project_path + ".recovery";
}

std::optional<RecoveryInfo> findRecovery(const std::string& project_path) {
  const std::string path = recoveryPath(project_path);
  std::error_code ec;
  if (!fs::exists(path, ec)) return std::nullopt;
  auto db = Database::open(path, Database::Mode::kReadOnly);
  if (!db || !readSchemaVersion(*db)) return std::nullopt;
  auto written = readMeta(*db, "saved_utc");
  return RecoveryInfo{path, written ? *written : std::string()};
}

core::Result<Project> openRecovered(const std::string& project_path) {
  const auto info = findRecovery(project_path);
  if (!info) {
    return core::fail(core::Error{.code = core::ErrorCode::kNotFound,
                                  .message = "there is no recovery file for this project",
                                  .file = project_path});
  }
  auto project = Project::open(project_path);
  if (!project) return project;
  auto db = Database::open(info->recovery_path, Database::Mode::kReadOnly);
  if (!db) return std::unexpected(db.error());
  auto recovered = loadProject(*db);
  if (!recovered) return std::unexpected(recovered.error());

  // Comments appended to the file after the recovery was written are kept.
  project->edit("Recover unsaved work", [&](ProjectContent& c) {
    std::vector<Comment> appended;
    for (const auto& m : c.comments)
      if (std::ranges::none_of(recovered->content.comments,
                               [&](const Comment& r) { return r.id == m.id; }))
        appended.push_back(m);
    c = recovered->content;
    c.comments.insert(c.comments.end(), appended.begin(), appended.end());
  });
  project->setView(recovered->view);
  return project;
}

}  // namespace geo::store
