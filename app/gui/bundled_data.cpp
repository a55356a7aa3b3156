#include "app/gui/bundled_data.h"

#include <filesystem>

namespace app::gui {

std::string bundledDataFile(const std::string& relative) {
  namespace fs = std::filesystem;
  std::error_code ec;
  const fs::path exe = fs::read_symlink("/proc/self/exe", ec).parent_path();
  for (const fs::path& dir : {exe / "data",
                              exe.parent_path() / "data",
                              exe.parent_path() / "share/equimap/data",
                              fs::path(EQUIMAP_SOURCE_DIR) / "data"}) {
    if (fs::exists(dir / relative, ec)) return (dir / relative).string();
  }
  return (fs::path(EQUIMAP_SOURCE_DIR) / "data" / relative).string();
}

}  // namespace app::gui
