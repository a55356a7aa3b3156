#pragma once

// EquitySession: the equity panel's model. Holds an analysis definition, the
// user's choices (service line, groups, area method, distance threshold,
// scenario edits), runs the analysis of the chosen line on a worker thread
// (progress + cancel; a new request while one runs cancels it and starts again
// when it has stopped) and puts the result on the map as two layers,
// "Equity: <line>" (units) and the line's facilities, styled for the current
// map mode. Also turns tool clicks into scenario edits: a click on a facility
// closes (or reopens, or removes a proposed) facility; a click elsewhere with
// the place tool adds a proposed facility there. Main thread only, except the
// job it starts.
//
// With a project open, every run the user asks for is saved into it as one
// undoable edit: the run's definition (analysis document kProjectDocument,
// analysisDefinitionJson) and its summary (analysis result, same id). The
// session follows that document: when undo or redo changes it, or a project
// holding one is open while the panel is in use, the choices are restored
// from it and the run is shown again without a new edit; when undo removes
// it, the equity layers leave the map.

#include <future>
#include <optional>
#include <string>
#include <vector>

#include "app/gui/app_state.h"
#include "app/gui/loader.h"
#include "geo/analysis/analysis_run.h"
#include "geo/map/equity_layers.h"

namespace app::gui {

struct EquityChoices {
  std::size_t line = 0;      // index into definition().service_lines
  std::vector<bool> groups;  // per definition group: included in the run
  geo::analysis::AreaMethod method = geo::analysis::AreaMethod::kNearest;
  double buffer_m = 800.0;
  double threshold_m = 1600.0;
  geo::analysis::ScenarioSpec scenario;  // the definition's, plus the user's edits
  // Units chosen among the loaded layers; nullopt = the definition's own units.
  std::optional<geo::analysis::LayerSource> units;
  std::string units_title;
};

struct EquityRun {
  geo::analysis::AnalysisResult result;  // one service line
  geo::map::MapLayer units, facilities;
  render::LayerMesh units_mesh, facilities_mesh;
};

class EquitySession {
 public:
  static constexpr const char* kProjectDocument = "equity_panel";

  // Reads a definition and resets the choices to its first service line.
  geo::core::Result<void> open(const std::string& path);
  bool isOpen() const { return definition_.has_value(); }
  const geo::analysis::AnalysisDefinition& definition() const { return *definition_; }

  EquityChoices& choices() { return choices_; }
  void selectLine(std::size_t line);  // resets the choices to that line's defaults

  // Starts (or restarts) the run of the current choices into `display_crs`;
  // its result is saved into the project, if one is open.
  void run(const std::string& display_crs);
  bool busy() const { return job_.has_value(); }
  double progress() const { return job_ ? job_->progress->fraction() : 0.0; }
  void cancel();

  // Takes a finished run into the document and handles pending tool clicks.
  void poll(AppState& state);

  geo::map::EquityMapMode mode() const { return mode_; }
  void setMode(AppState& state, geo::map::EquityMapMode mode);

  // The last completed run (one service line), or nullptr.
  const geo::analysis::ServiceLineResult* line() const;
  const geo::analysis::AnalysisResult* result() const { return result_ ? &*result_ : nullptr; }
  const std::string& error() const { return error_; }
  int resultSerial() const { return result_serial_; }  // grows with every result shown

  // The units a loaded layer provides (its source, filter and ACS join), or
  // nullopt for a layer that cannot be units (not polygons, or no joined table).
  static std::optional<geo::analysis::LayerSource> unitsFromLayer(const geo::map::MapLayer& layer);

  // The run definition for the choices: only the chosen line and groups.
  static geo::analysis::AnalysisDefinition runDefinition(
      const geo::analysis::AnalysisDefinition& definition, const EquityChoices& choices);
  // The choices that give `run` (a run definition) from `definition`: the
  // line with the same id, the groups with the run's ids, its area method,
  // threshold, scenario and units. nullopt when `definition` has no such line.
  static std::optional<EquityChoices> choicesFor(
      const geo::analysis::AnalysisDefinition& definition,
      const geo::analysis::AnalysisDefinition& run);

 private:
  void start(const std::string& display_crs);
  void startJob();
  void takeRun(AppState& state, EquityRun run);
  void storeRun(AppState& state);
  void followProject(AppState& state);
  void restoreRun(AppState& state, const std::string& json);
  void clearRun(AppState& state);
  void restyle(AppState& state);
  void handleClick(AppState& state, const ToolClick& click);
  void toggleFacility(const std::string& id);
  bool addFacilityAt(const ToolClick& click, std::string& message);

  std::optional<geo::analysis::AnalysisDefinition> definition_;
  EquityChoices choices_;
  std::optional<Job<EquityRun>> job_;
  bool rerun_ = false;
  bool record_ = true;       // the next result is saved into the project
  std::string stored_json_;  // the project's run definition the map shows
  std::string display_crs_;
  std::optional<geo::analysis::AnalysisResult> result_;
  geo::map::EquityMapMode mode_ = geo::map::EquityMapMode::kChange;
  bool hid_others_ = false;
  int proposed_count_ = 0;
  int result_serial_ = 0;
  std::string error_;
};

}  // namespace app::gui
