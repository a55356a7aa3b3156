#pragma once

// The map a project shows: a MapDocument built from the layers, styles and
// locked classifications stored in a project, so the viewer draws a project
// exactly as it draws a recipe. The layers' data is copied from the project
// (joined attributes included, so no join is run again); built-in indicators
// are recomputed from those attributes. Source paths stored relative to the
// project folder are made absolute for display. The document's prepared views
// are the project's (geo/store/project_views.h); malformed views are left out
// with a warning in MapDocument::warnings rather than failing the open.
//
// Pure function of its inputs; safe to call on a worker thread with a copy of
// the content. Fails like map::assembleDocument (no CRS, bad display CRS).

#include <string>

#include "geo/core/error.h"
#include "geo/map/map_document.h"
#include "geo/store/project_content.h"

namespace geo::store {

// `project_path` is the project file (for resolving relative source paths).
// The home extent is the extent of every layer. A locked classification
// stored under a layer's id replaces the one computed from its style.
core::Result<map::MapDocument> documentFromProject(const ProjectContent& content,
                                                   const std::string& project_path);

}  // namespace geo::store
