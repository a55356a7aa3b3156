#include "app/gui/project_session.h"

#include <filesystem>

#include "app/gui/app_state.h"
#include "app/gui/kpi_map.h"
#include "app/gui/recent_projects.h"
#include "geo/core/log.h"
#include "geo/i18n/catalog.h"
#include "geo/store/project_document.h"
#include "geo/store/recipe_import.h"

namespace app::gui {
namespace {

using geo::i18n::tr;
using geo::i18n::trf;
using geo::store::Project;
using Periods = std::vector<std::pair<std::string, std::string>>;

bool isProjectFile(const std::string& path) {
  return std::filesystem::path(path).extension() == ".equimap";
}

Job<LoadedDocument> startProjectLoad(const Project& project) {
  Job<LoadedDocument> job;
  job.description = trf("project.opening", project.path());
  job.path = project.path();
  job.result = std::async(std::launch::async,
                          [content = project.content(), path = project.path(),
                           progress = job.progress]() -> geo::core::Result<LoadedDocument> {
                            auto doc = geo::store::documentFromProject(content, path);
                            if (!doc) return std::unexpected(doc.error());
                            LoadedDocument loaded{std::move(*doc), {}};
                            loaded.meshes = buildMeshes(loaded.doc, progress.get());
                            return loaded;
                          });
  return job;
}

void remember(ProjectSession& session, const std::string& path) {
  rememberProject(session.recent, std::filesystem::absolute(path).string());
  if (session.recent_file.empty()) return;
  if (auto ok = writeRecentProjects(session.recent_file, session.recent); !ok)
    geo::core::logWarning("gui", "{}", ok.error().toString());
}

// Makes `project` the session's project and loads its map.
void adopt(AppState& state, Project project) {
  auto& session = state.session;
  remember(session, project.path());
  session.document_job = startProjectLoad(project);
  state.status = session.document_job->description;
  session.kpi = KpiView{};  // the new map has no KPI on it yet
  session.project = std::move(project);
  session.last_autosave_s = 0.0;
}

void fail(AppState& state, const geo::core::Error& error) {
  state.session.error = error.toString();
  state.status = state.session.error;
}

bool sameStyle(const geo::map::StyleSpec& a, const geo::map::StyleSpec& b) {
  return a.type == b.type && a.field == b.field && a.indicator == b.indicator &&
         a.method == b.method && a.classes == b.classes && a.ramp == b.ramp && a.fill == b.fill &&
         a.outline == b.outline && a.outline_width_px == b.outline_width_px &&
         a.point_size_px == b.point_size_px && a.opacity == b.opacity;
}

// After undo/redo: every map layer takes the style the project now holds.
void syncStyles(AppState& state) {
  if (!state.doc || !state.session.project) return;
  const auto& content = state.session.project->content();
  for (std::size_t i = 0; i < state.doc->layers.size(); ++i) {
    auto& layer = state.doc->layers[i];
    const int stored = content.findLayer(layer.spec.id);
    if (stored < 0) continue;
    const auto& style = content.layers[std::size_t(stored)].spec.style;
    if (sameStyle(style, layer.spec.style)) continue;
    if (auto ok = geo::map::applyStyle(layer, style); !ok) {
      state.status = ok.error().toString();
      continue;
    }
    layer.spec.style = style;
    state.scene->restyle(layer, i);
  }
}

// The KPI shown on the map and its period, or none.
void storeKpiView(const AppState& state, geo::store::ViewState& view) {
  const auto& kpi = state.session.kpi;
  const auto periods =
      geo::store::kpiPeriods(kpi.kpi_id, state.session.project->content().kpi_values);
  const bool shown = kpi.on_map && kpi.period >= 0 && kpi.period < int(periods.size());
  view.kpi_id = shown ? kpi.kpi_id : std::string();
  view.kpi_period = shown ? periods[std::size_t(kpi.period)].first : std::string();
}

// A project saved with a KPI on the map opens with it there again.
void restoreKpiView(AppState& state) {
  const auto& view = state.session.project->view();
  const auto periods =
      geo::store::kpiPeriods(view.kpi_id, state.session.project->content().kpi_values);
  const auto period = std::ranges::find(periods, view.kpi_period, &Periods::value_type::first);
  if (view.kpi_id.empty() || period == periods.end()) return;
  state.session.kpi = KpiView{.kpi_id = view.kpi_id,
                              .period = int(period - periods.begin()),
                              .on_map = true};
  showKpiOnMap(state, view.kpi_period);
}

void storeView(AppState& state) {
  geo::store::ViewState view = state.session.project->view();
  view.center_x = state.view.center().x;
  view.center_y = state.view.center().y;
  view.units_per_pixel = state.view.unitsPerPixel();
  if (state.doc) view.display_crs = state.doc->display_crs;
  if (state.doc && state.active_layer >= 0 && state.active_layer < int(state.doc->layers.size()))
    view.active_layer = state.doc->layers[std::size_t(state.active_layer)].spec.id;
  storeKpiView(state, view);
  state.session.project->setView(view);
}

}  // namespace

void initSession(ProjectSession& session) {
  session.recent_file = recentProjectsFile();
  session.recent = readRecentProjects(session.recent_file);
}

bool unsavedChanges(const ProjectSession& session) {
  return session.project && session.project->hasUnsavedChanges();
}

void openPath(AppState& state, const std::string& path) {
  if (isProjectFile(path)) {
    openProject(state, path, false);
    return;
  }
  state.session.project.reset();
  state.session.document_job = startDocumentLoad(path);
  state.status = state.session.document_job->description;
}

void openProject(AppState& state, const std::string& path, bool recovered) {
  auto& session = state.session;
  // Our own lock would make a second opener of the same file read-only.
  if (recovered) session.recovery_offer.reset();
  std::error_code ec;
  if (session.project && std::filesystem::equivalent(session.project->path(), path, ec))
    session.project.reset();
  auto project = recovered ? geo::store::openRecovered(path) : Project::open(path);
  if (!project) return fail(state, project.error());
  // A read-only project is open elsewhere: its recovery file belongs to that session.
  if (!recovered && !project->readOnly() && geo::store::findRecovery(path)) {
    session.recovery_offer = std::move(*project);
    return;
  }
  adopt(state, std::move(*project));
}

void answerRecovery(AppState& state, bool recover) {
  auto& session = state.session;
  if (!session.recovery_offer) return;
  if (recover) {
    const std::string path = session.recovery_offer->path();  // the offer is released first
    openProject(state, path, true);
    return;
  }
  auto project = std::move(*session.recovery_offer);
  session.recovery_offer.reset();
  project.discardRecovery();
  adopt(state, std::move(project));
}

void importRecipeAsProject(AppState& state,
                           const std::string& recipe_path,
                           const std::string& project_path) {
  auto recipe = geo::map::readRecipe(recipe_path);
  if (!recipe) return fail(state, recipe.error());
  const auto name = std::filesystem::path(project_path).stem().string();
  auto project = Project::create(project_path, recipe->name.empty() ? name : recipe->name);
  if (!project) return fail(state, project.error());

  Job<Project> job;
  job.description = trf("project.importing", recipe_path);
  job.path = project_path;
  job.result = std::async(std::launch::async,
                          [p = std::move(*project), r = std::move(*recipe),
                           progress = job.progress]() mutable -> geo::core::Result<Project> {
                            if (auto ok = geo::store::importRecipe(p, r, progress.get()); !ok)
                              return std::unexpected(ok.error());
                            if (auto ok = p.save(); !ok) return std::unexpected(ok.error());
                            return std::move(p);
                          });
  state.status = job.description;
  state.session.import_job = std::move(job);
}

void saveProject(AppState& state) {
  auto& project = state.session.project;
  if (!project) return;
  storeView(state);
  if (auto ok = project->save(); !ok) return fail(state, ok.error());
  state.status = trf("project.saved", project->path());
}

void saveProjectAs(AppState& state, const std::string& path) {
  auto& project = state.session.project;
  if (!project) return;
  storeView(state);
  if (auto ok = project->saveAs(path); !ok) return fail(state, ok.error());
  remember(state.session, path);
  state.status = trf("project.saved", project->path());
}

void requestAction(AppState& state, PendingAction action, const std::string& path) {
  if (unsavedChanges(state.session)) {
    state.session.confirm = action;
    state.session.confirm_path = path;
    return;
  }
  runAction(state, action, path);
}

void runAction(AppState& state, PendingAction action, const std::string& path) {
  state.session.confirm = PendingAction::kNone;
  if (state.session.project) state.session.project->discardRecovery();
  switch (action) {
    case PendingAction::kNew:
      state.session.show_new = true;
      break;
    case PendingAction::kOpen:
      openPath(state, path);
      break;
    case PendingAction::kQuit:
      state.session.quit_now = true;
      break;
    case PendingAction::kNone:
      break;
  }
}

bool requestQuit(AppState& state) {
  if (state.session.quit_now || !unsavedChanges(state.session)) return true;
  state.session.confirm = PendingAction::kQuit;
  return false;
}

// Limitation: only the style panel's choropleth and fill choices reach here;
// opacity, outline and symbol sliders, layer order and visibility are not
// recorded as project edits.
void recordStyle(AppState& state, int layer) {
  auto& project = state.session.project;
  if (!project || !state.doc || layer < 0 || layer >= int(state.doc->layers.size())) return;
  const auto& spec = state.doc->layers[std::size_t(layer)].spec;
  if (auto ok = project->setStyle(spec.id, spec.style); !ok) state.status = ok.error().toString();
}

void undoEdit(AppState& state) {
  if (!state.session.project || !state.session.project->undo()) return;
  syncStyles(state);
}

void redoEdit(AppState& state) {
  if (!state.session.project || !state.session.project->redo()) return;
  syncStyles(state);
}

void tickSession(AppState& state, double now_s) {
  auto& session = state.session;
  if (session.import_job && session.import_job->ready()) {
    auto project = session.import_job->result.get();
    session.import_job.reset();
    if (!project) return fail(state, project.error());
    adopt(state, std::move(*project));
  }
  if (!session.project || session.project->readOnly()) return;
  if (session.last_autosave_s == 0.0) session.last_autosave_s = now_s;
  if (now_s - session.last_autosave_s < kAutosaveSeconds) return;
  session.last_autosave_s = now_s;
  if (!session.project->hasUnsavedChanges()) return;
  if (auto ok = session.project->writeRecovery(); !ok)
    geo::core::logWarning("store", "autosave failed: {}", ok.error().toString());
}

void onDocumentLoaded(AppState& state) {
  const auto& project = state.session.project;
  if (!project || !state.doc) return;
  const auto& view = project->view();
  if (view.units_per_pixel > 0 && view.display_crs == state.doc->display_crs) {
    state.view.setCenter({view.center_x, view.center_y});
    state.view.setUnitsPerPixel(view.units_per_pixel);
  }
  if (const int i = state.doc->findLayer(view.active_layer); i >= 0) state.active_layer = i;
  state.status = trf("project.opened", project->path());
  restoreKpiView(state);
  if (project->readOnly()) state.status += " | " + project->readOnlyReason();
}

std::optional<std::string> projectDocument(const ProjectSession& session,
                                           geo::store::DocumentKind kind,
                                           const std::string& id) {
  if (!session.project) return std::nullopt;
  for (const auto& d : session.project->content().documents)
    if (d.kind == kind && d.id == id) return d.json;
  return std::nullopt;
}

}  // namespace app::gui
