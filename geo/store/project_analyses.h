#pragma once

// Equity analysis definitions kept in a project (NamedDocument kind
// kAnalysis). The document holds the definition's JSON with its data paths
// ("source" of a layer, "table" of a join) rewritten relative to the project
// file's folder, so a project and its data can move together like its
// layers do (recipe_import.h); absolute paths stay absolute. The document id
// is the definition file's stem ("libraries"), its name the definition's.
//
// Also where a project keeps its exhibit template (kind kExhibit): the GUI's
// exhibit window saves it under kExhibitTemplateId.
// Pure functions apart from reading the definition file; thread safe.

#include <string>
#include <vector>

#include "geo/analysis/analysis_definition.h"
#include "geo/core/error.h"
#include "geo/store/project_content.h"

namespace geo::store {

inline constexpr const char* kExhibitTemplateId = "main";

// Reads a definition file (validating it) as a document for the project at
// `project_path`. Fails like analysis::readAnalysisDefinition.
core::Result<NamedDocument> analysisDocument(const std::string& definition_path,
                                             const std::string& project_path);

// Every analysis document of the project, parsed, in the content's order.
// Fails with the parse Error of the first bad one (its file named
// "<project folder>/<id>.json", the place its paths are relative to).
core::Result<std::vector<analysis::AnalysisDefinition>> projectAnalyses(
    const ProjectContent& content, const std::string& project_path);

// The project's saved exhibit template JSON, or nullptr when there is none.
const NamedDocument* exhibitTemplateDocument(const ProjectContent& content);

}  // namespace geo::store
