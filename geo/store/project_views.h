#pragma once

// The prepared views of presentation mode (geo/map/recipe.h PreparedView) as
// stored in a project: one named document of kind DocumentKind::kViews and id
// kPreparedViewsId whose JSON is the views array of geo/map/prepared_view.h,
// in slide order. A project without that document has no views (files written
// before views were stored open unchanged).

#include <vector>

#include "geo/core/error.h"
#include "geo/map/recipe.h"
#include "geo/store/project.h"
#include "geo/store/project_content.h"

namespace geo::store {

inline constexpr const char* kPreparedViewsId = "presentation";

// The views of `content`, empty when it has none. Fails with kParse naming
// the project file (`project_path`) and the JSON field of a malformed view.
core::Result<std::vector<map::PreparedView>> preparedViews(const ProjectContent& content,
                                                           const std::string& project_path);

// Replaces the project's views as one undoable edit; an empty list removes
// the document. Fails like Project::putDocument.
core::Result<void> putPreparedViews(Project& project, const std::vector<map::PreparedView>& views);

}  // namespace geo::store
