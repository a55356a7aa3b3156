#pragma once

// Project: an open .equimap project file (see schema.h for the format) and
// the in-memory content the GUI edits.
//
// Behaviour:
// - Editing happens in memory; save() writes everything in ONE SQLite
//   transaction (WAL journal), so after a crash or power loss the file holds
//   either the previous or the new saved state, never a mix.
// - Edits through edit() (and the helpers built on it) are undoable; the view
//   state is saved but never undone. hasUnsavedChanges() drives the
//   "save changes?" prompt.
// - Autosave: writeRecovery() (the GUI calls it every few minutes while there
//   are unsaved changes) writes the whole content to "<path>.recovery" via a
//   temporary file and an atomic rename. save(), saveAs() and
//   discardRecovery() delete it. After a crash, findRecovery(path) finds it and
//   openRecovered(path) opens the project with the recovered content (unsaved,
//   so the user decides to save or discard).
// - Two instances: the first opener holds an exclusive advisory lock
//   (flock) on the project file for as long as the Project lives; the lock
//   dies with the process, even on SIGKILL. A second opener gets the project
//   read-only (readOnly() true, readOnlyReason() explains) when
//   OpenOptions::allow_read_only is set, else a kIo error "in use". A
//   read-only project refuses save() with a clear error; it can saveAs() to
//   another path. Limitation: flock is advisory and not reliable on network
//   file systems.
// - A file written by a newer equimap (schema version above kSchemaVersion) is
//   refused with kUnsupported and not modified in any way (it is inspected
//   through a read-only connection first). Older files are migrated in one
//   transaction when opened read-write.
// Not thread safe: one thread (the GUI's main thread) owns a Project.

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>

#include "geo/core/error.h"
#include "geo/store/project_content.h"

namespace geo::store {

struct OpenOptions {
  bool allow_read_only = true;  // when another instance holds the project
};

class Project {
 public:
  // Creates a new, empty project file; fails with kIo if `path` exists.
  static core::Result<Project> create(const std::string& path, const std::string& name);
  static core::Result<Project> open(const std::string& path, const OpenOptions& options = {});

  Project(Project&&) noexcept;
  Project& operator=(Project&&) noexcept;
  ~Project();  // releases the lock; does not save

  const std::string& path() const;
  bool readOnly() const;
  const std::string& readOnlyReason() const;
  int schemaVersion() const;  // of the file as opened (before migration)

  const ProjectContent& content() const;
  const ViewState& view() const;
  void setView(const ViewState& view);  // saved with the project, not undoable

  // --- Undoable edits ---
  // Applies `change` to the content and records the previous content for undo
  // under `label` ("Change style of tracts"). Clears the redo stack.
  void edit(const std::string& label, const std::function<void(ProjectContent&)>& change);
  bool canUndo() const;
  bool canRedo() const;
  std::string undoLabel() const;  // "" when nothing to undo
  std::string redoLabel() const;
  bool undo();
  bool redo();
  bool hasUnsavedChanges() const;

  // Imports a layer into the project (replacing a layer with the same spec.id).
  // spec.source should be the original source path; the import time is now.
  core::Result<void> importLayer(core::Layer layer, map::LayerSpec spec);
  core::Result<void> setStyle(const std::string& layer_id, const map::StyleSpec& style);
  core::Result<void> setLayerVisible(const std::string& layer_id, bool visible);
  // Puts the layers named in `ids_bottom_first` in that order, in the slots
  // they occupy (layer_order.h); other layers and unknown ids are left alone.
  // Records no edit and returns false when the order does not change.
  bool setLayerOrder(const std::vector<std::string>& ids_bottom_first);
  void putClassification(const StoredClassification& classification);
  // Fails with kParse when `document.json` is not valid JSON.
  core::Result<void> putDocument(NamedDocument document);
  // Several documents in one edit named `label` (e.g. an analysis definition
  // and its result). Fails with kParse, changing nothing, when any is not JSON.
  core::Result<void> putDocuments(const std::string& label, std::vector<NamedDocument> documents);
  void removeDocument(DocumentKind kind, const std::string& id);
  void putKpi(const KpiDefinition& kpi);
  // Replaces every group count (service level by group) with `counts`.
  void setGroupCounts(std::vector<GroupCount> counts);
  void putProposal(const SavingsProposal& proposal);
  std::int64_t addComment(Comment comment);  // returns the new id

  // --- Comments entered in a meeting ---
  // Writes `comment` to the project file at once, in its own committed
  // transaction (independent of save()), so it survives the app being closed
  // or killed right after this returns. Assigns a new id (above every id in
  // the file, the content and the undo/redo history) and, when empty,
  // created_utc = now. The comment joins the in-memory content and every
  // undo/redo snapshot (it is not undoable), so later undo, redo and save()
  // keep it; other unsaved changes stay unsaved. Fails with kIo on a
  // read-only project, or with SQLite's error (nothing written).
  core::Result<std::int64_t> appendComment(Comment comment);

  // --- Files ---
  core::Result<void> save();
  // Writes a new file at `path` (atomically, via a temporary file), then makes
  // it this project's file and lock. Works for read-only projects too.
  core::Result<void> saveAs(const std::string& path);
  core::Result<void> writeRecovery() const;
  void discardRecovery() const;

 private:
  struct Impl;
  explicit Project(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// Runs SQLite's PRAGMA integrity_check on a project file through a read-only
// connection; fails with kInvalidData quoting SQLite's findings.
core::Result<void> checkIntegrity(const std::string& path);

std::string recoveryPath(const std::string& project_path);  // "<path>.recovery"

struct RecoveryInfo {
  std::string recovery_path;
  std::string written_utc;
};

// A recovery file left for this project by a session that did not save.
std::optional<RecoveryInfo> findRecovery(const std::string& project_path);
// Opens the project with the content and view of its recovery file (marked as
// unsaved). Fails like open(), or with kNotFound when there is no recovery.
core::Result<Project> openRecovered(const std::string& project_path);

}  // namespace geo::store
