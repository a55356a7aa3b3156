#pragma once

// Reading and writing the non-layer parts of ProjectContent and the view state
// (internal to geo/store). Writers replace the rows of their tables and run
// inside the caller's transaction.

#include <vector>

#include "geo/core/error.h"
#include "geo/store/project_content.h"
#include "geo/store/sqlite_db.h"

namespace geo::store {

core::Result<void> writeSmallTables(Database& db, const ProjectContent& content);
core::Result<void> writeViewState(Database& db, const ViewState& view);
// Inserts rows into eq_comments (ids as given; fails on a duplicate id).
core::Result<void> insertComments(Database& db, const std::vector<Comment>& comments);
// Sets eq_meta key/value.
core::Result<void> writeMeta(Database& db, const std::string& key, const std::string& value);

// Fills everything but `layers`.
core::Result<void> readSmallTables(Database& db, ProjectContent& content);
core::Result<ViewState> readViewState(Database& db);
core::Result<std::string> readMeta(Database& db, const std::string& key);

// Current UTC time as "YYYY-MM-DDTHH:MM:SSZ".
std::string utcNow();

}  // namespace geo::store
