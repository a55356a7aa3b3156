#include "app/gui/equity_session.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <filesystem>

#include "geo/analysis/analysis_definition_json.h"
#include "geo/analysis/analysis_report.h"
#include "geo/core/log.h"
#include "geo/i18n/catalog.h"
#include "geo/proj/transformer.h"

namespace app::gui {
namespace {

namespace analysis = geo::analysis;
using geo::core::Result;
using geo::i18n::tr;
using geo::i18n::trf;

constexpr const char* kUnitsId = geo::map::kEquityUnitsLayerId;
constexpr const char* kFacilitiesId = geo::map::kEquityFacilitiesLayerId;

Result<EquityRun> computeRun(const analysis::AnalysisDefinition& definition,
                             const std::string& display_crs,
                             geo::core::Progress* progress) {
  auto result = analysis::runAnalysis(definition, progress);
  if (!result) return std::unexpected(result.error());
  if (result->lines.empty())
    return geo::core::fail(geo::core::ErrorCode::kInvalidData, "the run gave no service line");
  auto units = geo::map::equityUnitsLayer(*result, 0, display_crs);
  if (!units) return std::unexpected(units.error());
  auto facilities = geo::map::equityFacilitiesLayer(*result, 0, display_crs);
  if (!facilities) return std::unexpected(facilities.error());
  EquityRun run{std::move(*result), std::move(*units), std::move(*facilities), {}, {}};
  run.units_mesh = render::buildLayerMesh(run.units.display, {}, progress);
  run.facilities_mesh = render::buildLayerMesh(run.facilities.display, {}, progress);
  if (progress->cancelled())
    return geo::core::fail(geo::core::ErrorCode::kCancelled, "analysis cancelled");
  return run;
}

// Removes the layer with this id from the document and the scene.
void removeLayer(AppState& state, const char* id) {
  const int i = state.doc->findLayer(id);
  if (i < 0) return;
  state.doc->layers.erase(state.doc->layers.begin() + i);
  state.scene->removeLayer(std::size_t(i));
}

bool sameSource(const analysis::LayerSource& a, const analysis::LayerSource& b) {
  const auto filterText = [](const analysis::LayerSource& s) {
    return s.filter ? s.filter->field + "=" + fmt::format("{}", fmt::join(s.filter->values, ","))
                    : std::string();
  };
  const auto joinText = [](const analysis::LayerSource& s) {
    return s.join ? s.join->table + "|" + s.join->key + "|" + s.join->table_key : std::string();
  };
  return a.source == b.source && a.layer == b.layer && filterText(a) == filterText(b) &&
         joinText(a) == joinText(b);
}

void styleLayer(AppState& state, const char* id, const geo::map::StyleSpec& style) {
  const int i = state.doc->findLayer(id);
  if (i < 0) return;
  auto& layer = state.doc->layers[std::size_t(i)];
  if (auto ok = geo::map::applyStyle(layer, style); !ok) {
    state.status = ok.error().toString();
    return;
  }
  state.scene->restyle(layer, std::size_t(i));
}

}  // namespace

Result<void> EquitySession::open(const std::string& path) {
  auto definition = analysis::readAnalysisDefinition(path);
  if (!definition) return std::unexpected(definition.error());
  if (definition->service_lines.empty())
    return geo::core::fail(geo::core::ErrorCode::kInvalidData,
                           "the analysis definition has no service line");
  definition_ = std::move(*definition);
  selectLine(0);
  return {};
}

void EquitySession::selectLine(std::size_t line) {
  const auto& spec = definition_->service_lines.at(line);
  choices_.line = line;
  choices_.groups.assign(definition_->groups.size(), true);
  choices_.method = spec.service_areas.method;
  if (spec.service_areas.distance_m > 0) choices_.buffer_m = spec.service_areas.distance_m;
  choices_.threshold_m = definition_->coverage_threshold_m;
  choices_.scenario = spec.scenario;
}

analysis::AnalysisDefinition EquitySession::runDefinition(
    const analysis::AnalysisDefinition& definition, const EquityChoices& choices) {
  analysis::AnalysisDefinition run = definition;
  analysis::ServiceLineSpec line = definition.service_lines.at(choices.line);
  line.service_areas.method = choices.method;
  if (choices.method == analysis::AreaMethod::kBuffer)
    line.service_areas.distance_m = choices.buffer_m;
  line.scenario = choices.scenario;
  run.service_lines = {std::move(line)};
  run.groups.clear();
  for (std::size_t g = 0; g < definition.groups.size(); ++g)
    if (g < choices.groups.size() && choices.groups[g]) run.groups.push_back(definition.groups[g]);
  run.coverage_threshold_m = choices.threshold_m;
  if (choices.units) run.units = *choices.units;
  return run;
}

std::optional<analysis::LayerSource> EquitySession::unitsFromLayer(const geo::map::MapLayer& layer) {
  if (layer.data.kind != geo::core::GeometryKind::kPolygon || !layer.spec.join) return std::nullopt;
  analysis::LayerSource units{.source = layer.spec.source, .layer = layer.spec.layer};
  if (layer.spec.filter) units.filter = analysis::FieldFilter{layer.spec.filter->field,
                                                              layer.spec.filter->values};
  units.join = analysis::TableJoin{layer.spec.join->table,
                                   layer.spec.join->key,
                                   layer.spec.join->table_key};
  return units;
}

std::optional<EquityChoices> EquitySession::choicesFor(
    const analysis::AnalysisDefinition& definition, const analysis::AnalysisDefinition& run) {
  if (run.service_lines.empty()) return std::nullopt;
  const auto& line = run.service_lines.front();
  const auto& lines = definition.service_lines;
  const auto found = std::ranges::find(lines, line.id, &analysis::ServiceLineSpec::id);
  if (found == lines.end()) return std::nullopt;

  EquityChoices c;
  c.line = std::size_t(found - lines.begin());
  for (const auto& group : definition.groups)
    c.groups.push_back(std::ranges::find(run.groups, group.id, &analysis::GroupSpec::id) !=
                       run.groups.end());
  c.method = line.service_areas.method;
  if (line.service_areas.distance_m > 0) c.buffer_m = line.service_areas.distance_m;
  c.threshold_m = run.coverage_threshold_m;
  c.scenario = line.scenario;
  if (!sameSource(run.units, definition.units)) {
    c.units = run.units;
    c.units_title = std::filesystem::path(run.units.source).filename().string();
  }
  return c;
}

void EquitySession::run(const std::string& display_crs) {
  record_ = true;
  start(display_crs);
}

void EquitySession::start(const std::string& display_crs) {
  display_crs_ = display_crs;
  error_.clear();
  if (job_) {  // a future from std::async blocks when dropped: let it stop first
    job_->progress->cancel();
    rerun_ = true;
    return;
  }
  startJob();
}

void EquitySession::startJob() {
  Job<EquityRun> job;
  job.description = trf("equity.status.running", definition_->service_lines[choices_.line].name);
  job.result =
      std::async(std::launch::async,
                 [definition = runDefinition(*definition_, choices_),
                  crs = display_crs_,
                  progress = job.progress] { return computeRun(definition, crs, progress.get()); });
  job_ = std::move(job);
  rerun_ = false;
}

void EquitySession::cancel() {
  rerun_ = false;
  if (job_) job_->progress->cancel();
}

void EquitySession::poll(AppState& state) {
  if (job_ && job_->ready()) {
    auto run = job_->result.get();
    job_.reset();
    if (rerun_) {
      startJob();
    } else if (!run) {
      error_ = run.error().toString();
      state.status = error_;
    } else if (state.doc) {
      takeRun(state, std::move(*run));
    }
  }
  if (!state.doc) return;
  followProject(state);
  for (const auto& click : state.tool_clicks) handleClick(state, click);
  state.tool_clicks.clear();
}

void EquitySession::takeRun(AppState& state, EquityRun run) {
  state.selection.clear();
  state.hover.reset();
  state.identify.reset();
  removeLayer(state, kFacilitiesId);
  removeLayer(state, kUnitsId);
  // The equity map replaces the project's choropleths (they stay in the layer list).
  if (!hid_others_)
    for (auto& layer : state.doc->layers)
      if (layer.spec.style.type == geo::map::StyleType::kChoropleth) layer.spec.visible = false;
  hid_others_ = true;

  state.doc->layers.push_back(std::move(run.units));
  state.scene->append(state.doc->layers.back(), std::move(run.units_mesh));
  state.doc->layers.push_back(std::move(run.facilities));
  state.scene->append(state.doc->layers.back(), std::move(run.facilities_mesh));
  result_ = std::move(run.result);
  ++result_serial_;
  ++state.engage.equity_serial;  // an open card recomputes its distances
  restyle(state);
  if (record_) storeRun(state);
  state.status = trf("equity.status.done", result_->lines.front().name);
  geo::core::logInfo("equity", "equity run shown: {} units", result_->units.size());
}

void EquitySession::storeRun(AppState& state) {
  auto& project = state.session.project;
  if (!project || !result_) return;
  const auto& definition = result_->definition;
  const std::string json = analysis::analysisDefinitionJson(definition);
  using geo::store::DocumentKind;
  auto ok = project->putDocuments(
      "Run analysis " + result_->lines.front().name,
      {{DocumentKind::kAnalysis, kProjectDocument, definition.name, json},
       {DocumentKind::kAnalysisResult, kProjectDocument, definition.name,
        analysis::summaryJson(*result_)}});
  if (!ok) {
    state.status = ok.error().toString();
    return;
  }
  stored_json_ = json;
}

void EquitySession::followProject(AppState& state) {
  if (!definition_ || !state.doc) return;
  const std::string stored =
      projectDocument(state.session, geo::store::DocumentKind::kAnalysis, kProjectDocument)
          .value_or("");
  if (stored == stored_json_) return;
  stored_json_ = stored;
  if (stored.empty())
    clearRun(state);
  else
    restoreRun(state, stored);
}

void EquitySession::restoreRun(AppState& state, const std::string& json) {
  auto run = analysis::parseAnalysisDefinition(json, state.session.project->path());
  if (!run) {
    error_ = run.error().toString();
    state.status = error_;
    return;
  }
  auto choices = choicesFor(*definition_, *run);
  if (!choices) {  // a line the open definition lacks: the stored run becomes the definition
    definition_ = *run;
    choices = choicesFor(*definition_, *run);
  }
  choices_ = std::move(*choices);
  record_ = false;  // the project already holds this run
  start(state.doc->display_crs);
}

void EquitySession::clearRun(AppState& state) {
  cancel();
  state.selection.clear();
  state.hover.reset();
  state.identify.reset();
  removeLayer(state, kFacilitiesId);
  removeLayer(state, kUnitsId);
  result_.reset();
  ++result_serial_;
  selectLine(choices_.line);
}

void EquitySession::setMode(AppState& state, geo::map::EquityMapMode mode) {
  mode_ = mode;
  if (state.doc && result_) restyle(state);
}

void EquitySession::restyle(AppState& state) {
  const auto& line = result_->lines.front();
  styleLayer(state, kUnitsId, geo::map::equityUnitsStyle(line, mode_));
  styleLayer(state, kFacilitiesId, geo::map::equityFacilitiesStyle());
}

const analysis::ServiceLineResult* EquitySession::line() const {
  return result_ && !result_->lines.empty() ? &result_->lines.front() : nullptr;
}

void EquitySession::handleClick(AppState& state, const ToolClick& click) {
  if (!definition_ || !state.doc) return;
  display_crs_ = state.doc->display_crs;
  const int facilities = state.doc->findLayer(kFacilitiesId);
  std::string message;
  if (click.tool == MapTool::kToggleFacility) {
    if (!click.hover || click.hover->layer != facilities) {
      state.status = tr("equity.status.click_facility");
      return;
    }
    const auto& layer = state.doc->layers[std::size_t(facilities)];
    const auto id_field = layer.data.table.fieldIndex("id");
    if (!id_field) return;
    toggleFacility(layer.data.table.text(click.hover->row, *id_field));
  } else if (!addFacilityAt(click, message)) {
    state.status = message;
    return;
  }
  run(state.doc->display_crs);
}

void EquitySession::toggleFacility(const std::string& id) {
  auto& scenario = choices_.scenario;
  auto added = std::ranges::find(scenario.add, id, &analysis::FacilityPoint::id);
  if (added != scenario.add.end()) {
    scenario.add.erase(added);
    return;
  }
  auto closed = std::ranges::find(scenario.close, id);
  if (closed != scenario.close.end())
    scenario.close.erase(closed);
  else
    scenario.close.push_back(id);
}

bool EquitySession::addFacilityAt(const ToolClick& click, std::string& message) {
  auto transformer = geo::proj::Transformer::create(display_crs_, "EPSG:4326");
  if (!transformer) {
    message = transformer.error().toString();
    return false;
  }
  const geo::core::Vec2 lonlat = transformer->forward(click.point);
  const std::string id = trf("equity.proposed_id", ++proposed_count_);
  choices_.scenario.add.push_back({id, id, lonlat.x, lonlat.y, ""});
  return true;
}

}  // namespace app::gui
