#include "app/gui/project_session.h"

#include <filesystem>

#include "app/gui/app_state.h"
#include "app/gui/kpi_map.h"
#include "app/gui/recent_projects.h"
#include "app/gui/view_editing.h"
#include "geo/core/log.h"
#include "geo/i18n/catalog.h"
#include "geo/store/layer_order.h"
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

using LayerSpecs = std::vector<geo::map::LayerSpec>;

LayerSpecs layerSpecs(const geo::store::ProjectContent& content) {
  LayerSpecs specs;
  for (const auto& layer : content.layers) specs.push_back(layer.spec);
  return specs;
}

const geo::map::LayerSpec* findSpec(const LayerSpecs& specs, const std::string& id) {
  for (const auto& spec : specs)
    if (spec.id == id) return &spec;
  return nullptr;
}

// The map layer showing the KPI keeps the KPI's style; an undone style or
// visibility of that layer is what it gets back when the KPI is hidden.
void syncLayer(AppState& state, std::size_t index, const geo::map::LayerSpec& now,
               const geo::map::LayerSpec* before) {
  auto& layer = state.doc->layers[index];
  auto& kpi = state.session.kpi;
  const bool kpi_layer = kpi.saved_style && kpi.layer_id == layer.spec.id;
  if (!before || before->visible != now.visible)
    (kpi_layer ? kpi.saved_visible : layer.spec.visible) = now.visible;
  if (before && before->style == now.style) return;
  if (kpi_layer) {
    kpi.saved_style = now.style;
    return;
  }
  if (auto ok = geo::map::applyStyle(layer, now.style); !ok) {
    state.status = ok.error().toString();
    return;
  }
  state.scene->restyle(layer, index);
}

// Puts the map's project layers in the project's order (layer_order.h).
void syncOrder(AppState& state, const LayerSpecs& now) {
  std::vector<std::string> ids, wanted;
  for (const auto& layer : state.doc->layers) ids.push_back(layer.spec.id);
  for (const auto& spec : now) wanted.push_back(spec.id);
  const auto slots = geo::store::reorderedSlots(ids, wanted);
  if (std::ranges::is_sorted(slots)) return;
  const std::string active =
      state.active_layer >= 0 && state.active_layer < int(ids.size())
          ? ids[std::size_t(state.active_layer)]
          : std::string();
  geo::store::applySlots(state.doc->layers, slots);
  state.scene->reorder(slots);
  state.active_layer = state.doc->findLayer(active);
  state.selection.clear();
  state.hover.reset();
  state.identify.reset();
}

// After undo/redo: the map takes over what the step changed in the project's
// layers (style, visibility, order), and nothing else, so map-only changes
// (a presentation view, the equity map hiding choropleths) stay.
void syncLayers(AppState& state, const LayerSpecs& before) {
  if (!state.doc || !state.session.project) return;
  const LayerSpecs now = layerSpecs(state.session.project->content());
  for (const auto& spec : now) {
    const int index = state.doc->findLayer(spec.id);
    if (index >= 0) syncLayer(state, std::size_t(index), spec, findSpec(before, spec.id));
  }
  syncOrder(state, now);
}

// True for a map layer whose edits belong in the project: one of its layers,
// and not showing a KPI (the KPI style is only shown, never saved).
bool recordable(const AppState& state, int layer) {
  if (!state.session.project || !state.doc || layer < 0 ||
      layer >= int(state.doc->layers.size()))
    return false;
  const auto& id = state.doc->layers[std::size_t(layer)].spec.id;
  return state.session.project->content().findLayer(id) >= 0 && id != state.session.kpi.layer_id;
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

void recordStyle(AppState& state, int layer) {
  if (!recordable(state, layer)) return;
  const auto& spec = state.doc->layers[std::size_t(layer)].spec;
  const int stored = state.session.project->content().findLayer(spec.id);
  if (state.session.project->content().layers[std::size_t(stored)].spec.style == spec.style)
    return;
  if (auto ok = state.session.project->setStyle(spec.id, spec.style); !ok)
    state.status = ok.error().toString();
}

void recordVisibility(AppState& state, int layer) {
  if (!recordable(state, layer)) return;
  const auto& spec = state.doc->layers[std::size_t(layer)].spec;
  if (auto ok = state.session.project->setLayerVisible(spec.id, spec.visible); !ok)
    state.status = ok.error().toString();
}

void recordLayerOrder(AppState& state) {
  if (!state.session.project || !state.doc) return;
  std::vector<std::string> ids;
  for (const auto& layer : state.doc->layers) ids.push_back(layer.spec.id);
  state.session.project->setLayerOrder(ids);
}

void undoEdit(AppState& state) {
  if (!state.session.project) return;
  const LayerSpecs before = layerSpecs(state.session.project->content());
  if (!state.session.project->undo()) return;
  syncLayers(state, before);
  syncViewsFromProject(state);
}

void redoEdit(AppState& state) {
  if (!state.session.project) return;
  const LayerSpecs before = layerSpecs(state.session.project->content());
  if (!state.session.project->redo()) return;
  syncLayers(state, before);
  syncViewsFromProject(state);
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
  if (now_s - session.last_autosave_s < session.autosave_seconds) return;
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
