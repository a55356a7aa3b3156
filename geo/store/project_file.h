#pragma once

// Whole-file operations behind Project (internal to geo/store): inspect,
// open, load, save in one transaction, write a complete new file atomically.

#include <map>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "geo/core/error.h"
#include "geo/store/project_content.h"
#include "geo/store/sqlite_db.h"

namespace geo::store {

// Layer data known to be in the file, by layer id (pointer identity = unchanged).
using SavedLayers = std::map<std::string, std::shared_ptr<const core::Layer>>;

struct LoadedProject {
  ProjectContent content;
  ViewState view;
};

// Opens `path` read-only and checks that it is an equimap project this version
// can read: returns its schema version; kUnsupported for a newer version or a
// file that is not a project. Never modifies the file.
core::Result<int> checkProjectFile(const std::string& path);
// Opens the connection used for the session; read-write connections switch to
// WAL and migrate a file of an older schema version in one transaction.
core::Result<Database> openProjectDatabase(const std::string& path, bool read_only, int version);
core::Result<LoadedProject> loadProject(Database& db);
// One transaction: layers not in `saved` (or changed) are rewritten, removed
// ones dropped, all small tables replaced. Updates `saved` on success only.
core::Result<void> saveProject(Database& db,
                               const ProjectContent& content,
                               const ViewState& view,
                               SavedLayers& saved);
// Writes a complete project to "<path>.tmp" and renames it over `path`.
core::Result<void> writeProjectFile(const std::string& path,
                                    const ProjectContent& content,
                                    const ViewState& view,
                                    const std::vector<std::pair<std::string, std::string>>& meta);

}  // namespace geo::store
