#pragma once

// `equimap analyze DEFINITION.json --out DIR`: runs an analysis definition and
// writes per-unit results (GeoPackage with geometry and CSV per service line),
// the per-group summary (CSV and JSON), the apportionment audit (CSV per service
// line) and a plain-text report. Progress goes to stderr. The subcommand's
// callback ends the process: exit 0 on success, 1 with a one-line reason.

#include "geo/analysis/analysis_run.h"

namespace CLI {
class App;
}

namespace app::cli {

void addAnalyzeCommand(CLI::App& cli);

// Runs `definition` on a worker thread, printing "analyze: NN %" to stderr.
geo::core::Result<geo::analysis::AnalysisResult> runWithProgress(
    const geo::analysis::AnalysisDefinition& definition);

}  // namespace app::cli
