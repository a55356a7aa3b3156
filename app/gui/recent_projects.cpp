#include "app/gui/recent_projects.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>

namespace app::gui {

namespace fs = std::filesystem;

std::string recentProjectsFile() {
  if (const char* xdg = std::getenv("XDG_CONFIG_HOME"); xdg && *xdg)
    return (fs::path(xdg) / "equimap" / "recent.json").string();
  if (const char* home = std::getenv("HOME"); home && *home)
    return (fs::path(home) / ".config" / "equimap" / "recent.json").string();
  return {};
}

std::vector<std::string> readRecentProjects(const std::string& file) {
  std::ifstream in(file);
  if (!in) return {};
  const auto json = nlohmann::json::parse(in, nullptr, false);
  std::vector<std::string> out;
  if (!json.is_object() || !json.contains("projects") || !json["projects"].is_array()) return out;
  for (const auto& item : json["projects"])
    if (item.is_string() && out.size() < kMaxRecentProjects) out.push_back(item.get<std::string>());
  return out;
}

geo::core::Result<void> writeRecentProjects(const std::string& file,
                                            const std::vector<std::string>& projects) {
  std::error_code ec;
  fs::create_directories(fs::path(file).parent_path(), ec);
  std::ofstream out(file, std::ios::trunc);
  if (!out)
    return geo::core::fail(geo::core::Error{.code = geo::core::ErrorCode::kIo,
                                            .message = "cannot write the recent projects list",
                                            .file = file});
  out << nlohmann::json{{"projects", projects}}.dump(2) << "\n";
  return {};
}

void rememberProject(std::vector<std::string>& projects, const std::string& path) {
  std::erase(projects, path);
  projects.insert(projects.begin(), path);
  if (projects.size() > kMaxRecentProjects) projects.resize(kMaxRecentProjects);
}

}  // namespace app::gui
