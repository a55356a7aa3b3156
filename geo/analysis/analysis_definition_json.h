#pragma once

// Writing an analysis definition back to JSON, in the format
// parseAnalysisDefinition reads (analysis_definition.h), so a definition
// edited in the GUI can be stored in a project and read again. Paths are
// written as they are held (absolute after parsing), so the text reads the
// same from any folder. Every field is written, defaults included. Pure,
// thread safe.

#include <string>

#include "geo/analysis/analysis_definition.h"

namespace geo::analysis {

// parseAnalysisDefinition(analysisDefinitionJson(d), any path) gives back `d`
// (except `path`).
std::string analysisDefinitionJson(const AnalysisDefinition& definition);

}  // namespace geo::analysis
