#pragma once

// Importing a recipe (geo/map/recipe.h) into a project: every layer is loaded
// as the viewer loads it (joined attributes included), imported into the file
// with its source path, style and visibility, and its classification (not
// locked) is stored under the layer id. The project takes the recipe's name
// and display CRS, and its prepared views (geo/store/project_views.h). Source
// and join paths are stored relative to the project file's folder. The analysis
// definitions the recipe names ("analyses") are stored as analysis documents
// (project_analyses.h). One undoable edit per layer and per analysis.

#include "geo/core/error.h"
#include "geo/core/progress.h"
#include "geo/map/recipe.h"
#include "geo/store/project.h"

namespace geo::store {

core::Result<void> importRecipe(Project& project,
                                const map::Recipe& recipe,
                                core::Progress* progress = nullptr);

}  // namespace geo::store
