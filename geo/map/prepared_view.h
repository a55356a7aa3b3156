#pragma once

// Reading and writing prepared views (geo/map/recipe.h PreparedView) as JSON:
// the optional "views" array of a recipe, and the named document a project
// stores them in. Never throws; a bad view gives a kParse Error naming the
// file and the JSON field (e.g. "/views/2/zoom/layer").

#include <string>
#include <vector>

#include "geo/core/error.h"
#include "geo/map/recipe.h"

namespace geo::map {

// `json_text` is a JSON array of views; `file` is used in error messages.
core::Result<std::vector<PreparedView>> parsePreparedViews(const std::string& json_text,
                                                           const std::string& file);

// The same array as JSON text; parsePreparedViews(toJson(v)) gives v back.
std::string preparedViewsToJson(const std::vector<PreparedView>& views);

}  // namespace geo::map
