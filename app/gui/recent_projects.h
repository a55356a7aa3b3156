#pragma once

// The list of recently opened projects, kept in a small JSON file
// ({"projects": ["/abs/path.equimap", ...]}, most recent first) under
// $XDG_CONFIG_HOME/equimap/recent.json, or ~/.config/equimap/recent.json.
// A missing or unreadable file reads as an empty list; writing creates the
// folder. Main thread only (no locking between instances: the last writer wins).

#include <cstddef>
#include <string>
#include <vector>

#include "geo/core/error.h"

namespace app::gui {

inline constexpr std::size_t kMaxRecentProjects = 8;

// "" when neither XDG_CONFIG_HOME nor HOME is set.
std::string recentProjectsFile();
std::vector<std::string> readRecentProjects(const std::string& file);
geo::core::Result<void> writeRecentProjects(const std::string& file,
                                            const std::vector<std::string>& projects);
// Moves (or inserts) `path` to the front, keeping at most kMaxRecentProjects.
void rememberProject(std::vector<std::string>& projects, const std::string& path);

}  // namespace app::gui
