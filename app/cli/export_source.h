#pragma once

// What `equimap export` draws, from a recipe (JSON) or a project file
// (.equimap): the map document, the exhibit template the input carries (a
// project's saved template; a recipe has none) and the equity analysis
// definitions it names (a recipe's "analyses", a project's analysis
// documents). A project is opened read-only if another instance holds it,
// and never written.

#include <optional>
#include <string>
#include <vector>

#include "geo/analysis/analysis_definition.h"
#include "geo/core/error.h"
#include "geo/exhibit/exhibit_template.h"
#include "geo/map/map_document.h"

namespace app::cli {

struct ExportSource {
  geo::map::MapDocument doc;
  std::optional<geo::exhibit::ExhibitTemplate> exhibit;  // saved with a project
  std::vector<geo::analysis::AnalysisDefinition> analyses;
};

// True for a path naming a project file (".equimap").
bool isProjectPath(const std::string& path);

// Fails with the Error of the recipe, project, template or definition that
// could not be read.
geo::core::Result<ExportSource> loadExportSource(const std::string& path);

}  // namespace app::cli
