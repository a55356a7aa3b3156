#pragma once

// Locating the bundled data folder (data/ of the source tree, or installed
// next to the executable).

#include <string>

namespace app::gui {

// Absolute path of `relative` (e.g. "hartford.recipe.json") under the first
// data folder that has it: next to the executable, its parent, share/equimap,
// then EQUIMAP_SOURCE_DIR/data. When none has it, the source-tree path.
std::string bundledDataFile(const std::string& relative);

}  // namespace app::gui
