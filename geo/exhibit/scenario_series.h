#pragma once

// The scenario series of exhibits: for every service line of one or more
// equity analysis results, the map as it is today and under the proposal, and
// where the proposal changes someone's distance, a map of that change.
//
// Each exhibit is the document's map with the analysis on it: the units
// coloured by the distance to the nearest usable facility (today and proposal
// share one set of locked natural breaks, so a colour means the same distance
// on both; the change map uses classes symmetric around 0 on a diverging
// ramp), the line's facilities with their status (today: every baseline
// facility open; proposal and change: open, closed or proposed), and the
// document's other layers as they are, except its choropleths and point
// (facility) layers, which the analysis layers replace. The subtitle names
// the state and the scenario; an empty template title becomes
// "<line>: distance to the nearest facility"; a template without a frame
// box or layer frames the units; a source line states how distances were
// measured; the equity summary is filled from the line (equity_summary.h)
// unless the template turned that off.
//
// The analysis is not run here: results come from analysis::runAnalysis.
// Pure functions of their inputs apart from the PROJ look-ups; thread safe.

#include <cstddef>
#include <span>
#include <string>
#include <vector>

#include "geo/analysis/analysis_run.h"
#include "geo/core/error.h"
#include "geo/exhibit/exhibit_template.h"
#include "geo/map/map_document.h"

namespace geo::exhibit {

enum class ScenarioState { kToday, kProposal, kChange };

const char* scenarioStateName(ScenarioState state);  // "today", "proposal", "change"

struct ScenarioItem {
  std::size_t analysis = 0;  // index into the results
  std::size_t line = 0;      // index into that result's lines
  ScenarioState state = ScenarioState::kToday;
  std::string id;     // "<line id>_<state>", file-name safe, unique in the series
  std::string label;  // "<line name>: <state>", for messages
};

// For every line in order: today, proposal, and change when at least one
// unit's distance changes. `notes` (when given) receives one
// sentence per line left without a change exhibit.
std::vector<ScenarioItem> scenarioItems(std::span<const analysis::AnalysisResult> results,
                                        std::vector<std::string>* notes = nullptr);

// Turns `doc` and `exhibit` (copies of the caller's) into the exhibit of
// `item`. Fails with the reprojection Error (kCrs) when the analysis layers
// cannot be brought into the document's display CRS.
core::Result<void> applyScenarioItem(map::MapDocument& doc,
                                     ExhibitTemplate& exhibit,
                                     const analysis::AnalysisResult& result,
                                     const ScenarioItem& item);

// Letters, digits and '-' of `id`, anything else as '_' ("item" when empty).
std::string fileSafeId(std::string_view id);

}  // namespace geo::exhibit
