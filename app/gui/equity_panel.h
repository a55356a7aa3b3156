#pragma once

// The equity window: analysis choices, run with progress, map modes, facility
// editing tools, and the results (table per group, bar chart, flags). Reads
// the session and AppState; actions that change the document or the run are
// pushed as Commands. Main thread, inside an ImGui frame.

#include "app/gui/app_state.h"
#include "app/gui/equity_session.h"

namespace app::gui {

void drawEquityWindow(AppState& state, EquitySession& session);

// Parts of the window (equity_results.cpp).
// Group names and sentences are in the current catalog language.
void drawEquityTable(const geo::analysis::ServiceLineResult& line,
                     const geo::analysis::AnalysisDefinition& definition);
void drawEquityChart(const geo::analysis::ServiceLineResult& line,
                     const geo::analysis::AnalysisDefinition& definition);
void drawEquityFlags(const geo::analysis::ServiceLineResult& line,
                     const geo::analysis::AnalysisDefinition& definition);

}  // namespace app::gui
