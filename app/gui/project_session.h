#pragma once

// ProjectSession: the project file (geo::store::Project) behind the viewer's
// MapDocument, when there is one. The MapDocument stays what the viewer
// draws; the Project is the persistence: style changes made in the GUI are
// recorded as undoable Project edits and applied to the MapDocument, and
// opening a project builds a MapDocument from its layers and styles
// (geo::store::documentFromProject) on a worker thread.
//
// Also holds the state of the project menus and windows: the recent list,
// the pending "save changes?" question, the recovery offer, autosave timing,
// and which tool windows are shown. Main thread only. Functions taking
// AppState are called from Commands (never while a panel draws).

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "app/gui/loader.h"
#include "geo/exhibit/exhibit_template.h"
#include "geo/store/project.h"

namespace app::render {
class ImageTexture;
}

namespace app::gui {

struct AppState;

// What waits for the answer to "save changes?".
enum class PendingAction { kNone, kNew, kOpen, kQuit };

inline constexpr double kAutosaveSeconds = 180.0;

// The KPI panel's choice: which KPI, which period, and whether the map shows it.
struct KpiView {
  std::string kpi_id;
  int period = 0;  // index into geo::store::kpiPeriods
  bool on_map = false;
  std::string layer_id;  // the map layer restyled for the KPI ("" = none)
  std::optional<geo::map::StyleSpec> saved_style;  // its style before
  bool saved_visible = true;                       // and its visibility
};

struct ProjectSession {
  std::optional<geo::store::Project> project;
  std::vector<std::string> recent;
  std::string recent_file;
  std::optional<Job<LoadedDocument>> document_job;  // taken over by the viewer
  std::optional<Job<geo::store::Project>> import_job;  // recipe -> new project

  PendingAction confirm = PendingAction::kNone;  // asking about unsaved changes
  std::string confirm_path;                      // the file kOpen will open
  std::optional<geo::store::Project> recovery_offer;  // opened; a recovery file exists
  bool quit_now = false;                              // the user agreed to quit
  double last_autosave_s = 0.0;
  double autosave_seconds = kAutosaveSeconds;  // --autosave-seconds overrides it

  bool show_new = false, show_open = false, show_save_as = false;
  bool show_kpi = false, show_exhibit = false, show_ledger = false;
  std::string error;  // last failure, shown in a popup

  KpiView kpi;
  std::string proposal_id;      // the savings proposal the ledger shows
  double discount_rate = 0.03;  // the ledger's rate, editable
  geo::exhibit::ExhibitTemplate exhibit;
  bool exhibit_loaded = false;                          // taken from the project once
  std::shared_ptr<render::ImageTexture> exhibit_preview;  // freed before the GL context
  std::string exhibit_preview_key;                      // template JSON of the preview
};

void initSession(ProjectSession& session);
bool unsavedChanges(const ProjectSession& session);

// .equimap opens a project (offering recovery when a recovery file exists);
// anything else opens as a recipe without a project.
void openPath(AppState& state, const std::string& path);
void openProject(AppState& state, const std::string& path, bool recovered);
// The recovery offer: open the recovered content, or the saved file (and
// delete the recovery file).
void answerRecovery(AppState& state, bool recover);
// Creates `project_path` and imports the recipe into it (worker thread).
void importRecipeAsProject(AppState& state,
                           const std::string& recipe_path,
                           const std::string& project_path);
void saveProject(AppState& state);
void saveProjectAs(AppState& state, const std::string& path);

// Runs `action` now, or asks first when there are unsaved changes.
void requestAction(AppState& state, PendingAction action, const std::string& path = {});
void runAction(AppState& state, PendingAction action, const std::string& path);
// Window close: true when the window may close now; otherwise asks.
bool requestQuit(AppState& state);

// Record the map's current style, visibility or layer order as undoable
// Project edits. Map layers that are not project layers (analysis results,
// files added without import) and the layer showing a KPI are not recorded.
void recordStyle(AppState& state, int layer);
void recordVisibility(AppState& state, int layer);
void recordLayerOrder(AppState& state);
// Undo/redo of the project; the map follows the layers' style, visibility
// and order. Analysis documents are followed by the equity session (it
// watches the project, see EquitySession::poll).
void undoEdit(AppState& state);
void redoEdit(AppState& state);

// Once per frame: autosave to the recovery file, finished recipe imports.
void tickSession(AppState& state, double now_s);
// After the viewer took a new document: view state, read-only notice.
void onDocumentLoaded(AppState& state);

// Reads the project's document of `kind`/`id`, if any.
std::optional<std::string> projectDocument(const ProjectSession& session,
                                           geo::store::DocumentKind kind,
                                           const std::string& id);

}  // namespace app::gui
