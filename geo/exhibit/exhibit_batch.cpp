#include "geo/exhibit/exhibit_batch.h"

#include <filesystem>

#include "geo/analysis/indicator.h"
#include "geo/core/log.h"
#include "geo/exhibit/scenario_series.h"

namespace geo::exhibit {
namespace {

namespace fs = std::filesystem;
using core::Error;
using core::ErrorCode;

core::Result<std::size_t> mainLayer(const map::MapDocument& doc) {
  const int main = mainChoropleth(doc);
  if (main < 0)
    return core::fail(Error{.code = ErrorCode::kNotFound,
                            .message = "the project has no visible choropleth layer",
                            .hint = "style a polygon layer as a choropleth in the recipe"});
  return std::size_t(main);
}

core::Result<std::vector<SeriesItem>> indicatorItems(const map::MapDocument& doc) {
  auto main = mainLayer(doc);
  if (!main) return std::unexpected(main.error());
  const auto& indicators = doc.layers[*main].indicators;
  std::vector<SeriesItem> items;
  for (const auto& indicator : analysis::builtinIndicators())
    if (indicators.contains(indicator.id)) items.push_back({indicator.id, indicator.name});
  if (items.empty())
    return core::fail(Error{.code = ErrorCode::kNotFound,
                            .message = "the choropleth layer has no computed indicators",
                            .layer = doc.layers[*main].spec.id,
                            .hint = "join an ACS table and set \"indicators\": \"builtin\""});
  return items;
}

core::Result<std::vector<SeriesItem>> serviceLineItems(const map::MapDocument& doc) {
  std::vector<SeriesItem> items;
  for (const auto& layer : doc.layers)
    if (layer.display.kind == core::GeometryKind::kPoint)
      items.push_back({fileSafeId(layer.spec.id), layer.spec.title});
  if (items.empty())
    return core::fail(Error{.code = ErrorCode::kNotFound,
                            .message = "the project has no point (facility) layers",
                            .hint = "add a facility layer to the recipe"});
  return items;
}

core::Result<std::vector<ScenarioItem>> scenarioSeries(
    std::span<const analysis::AnalysisResult> analyses,
    std::vector<std::string>* notes = nullptr) {
  auto items = scenarioItems(analyses, notes);
  if (items.empty())
    return core::fail(Error{.code = ErrorCode::kNotFound,
                            .message = "there are no scenarios to export: no equity analysis "
                                       "with a service line was given",
                            .hint = "pass --analysis DEFINITION.json, or list \"analyses\" in "
                                    "the recipe, or store an analysis in the project"});
  return items;
}

// Restyles or re-shows the document for one item.
core::Result<void> applyItem(map::MapDocument& doc, Series series, const SeriesItem& item) {
  if (series == Series::kIndicator) {
    auto main = mainLayer(doc);
    if (!main) return std::unexpected(main.error());
    map::MapLayer& layer = doc.layers[*main];
    map::StyleSpec style = layer.spec.style;
    style.indicator = item.id;
    return map::applyStyle(layer, style);
  }
  if (series == Series::kServiceLine)
    for (auto& layer : doc.layers)
      if (layer.display.kind == core::GeometryKind::kPoint)
        layer.spec.visible = fileSafeId(layer.spec.id) == item.id;
  return {};
}

core::Result<void> writeFormats(const map::MapDocument& doc,
                                const ExhibitTemplate& exhibit,
                                const BatchRequest& request,
                                const std::string& base,
                                BatchResult& result) {
  for (OutputFormat format : request.formats) {
    const std::string path = base + "." + formatExtension(format);
    auto warnings = writeExhibit(doc, exhibit, format, path);
    if (!warnings) return std::unexpected(warnings.error());
    for (auto& w : *warnings) result.warnings.push_back(path + ": " + w);
    result.files.push_back(path);
  }
  return {};
}

core::Result<void> makeOutputDir(const std::string& dir) {
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec)
    return core::fail(Error{.code = ErrorCode::kIo,
                            .message = "cannot create the output folder: " + ec.message(),
                            .file = dir});
  return {};
}

void logBatch(const BatchResult& result, std::size_t items, const BatchRequest& request) {
  core::logInfo(
      "exhibit", "exported {} files for {} items to {}", result.files.size(), items,
      request.out_dir);
}

// Each scenario item starts again from the caller's document and template.
core::Result<BatchResult> exportScenarios(const map::MapDocument& source,
                                          const ExhibitTemplate& exhibit,
                                          const BatchRequest& request) {
  BatchResult result;
  auto items = scenarioSeries(request.analyses, &result.warnings);
  if (!items) return std::unexpected(items.error());
  if (request.max_items > 0 && items->size() > request.max_items) items->resize(request.max_items);
  if (auto ok = makeOutputDir(request.out_dir); !ok) return std::unexpected(ok.error());
  for (const auto& item : *items) {
    map::MapDocument doc = source;
    ExhibitTemplate t = exhibit;
    auto ok = applyScenarioItem(doc, t, request.analyses[item.analysis], item);
    const fs::path base = fs::path(request.out_dir) / (request.stem + "_" + item.id);
    if (ok) ok = writeFormats(doc, t, request, base.string(), result);
    if (!ok) return std::unexpected(ok.error());
  }
  logBatch(result, items->size(), request);
  return result;
}

}  // namespace

std::optional<Series> parseSeries(std::string_view name) {
  if (name.empty() || name == "none") return Series::kNone;
  if (name == "indicator") return Series::kIndicator;
  if (name == "service_line") return Series::kServiceLine;
  if (name == "scenario") return Series::kScenario;
  return std::nullopt;
}

core::Result<std::vector<SeriesItem>> seriesItems(
    const map::MapDocument& doc,
    Series series,
    std::span<const analysis::AnalysisResult> analyses) {
  switch (series) {
    case Series::kNone:
      return std::vector<SeriesItem>{};
    case Series::kIndicator:
      return indicatorItems(doc);
    case Series::kServiceLine:
      return serviceLineItems(doc);
    case Series::kScenario:
      break;
  }
  auto scenarios = scenarioSeries(analyses);
  if (!scenarios) return std::unexpected(scenarios.error());
  std::vector<SeriesItem> items;
  for (const auto& item : *scenarios) items.push_back({item.id, item.label});
  return items;
}

core::Result<BatchResult> exportBatch(const map::MapDocument& source,
                                      const ExhibitTemplate& exhibit,
                                      const BatchRequest& request) {
  if (request.series == Series::kScenario) return exportScenarios(source, exhibit, request);
  auto items = seriesItems(source, request.series);
  if (!items) return std::unexpected(items.error());
  if (request.max_items > 0 && items->size() > request.max_items) items->resize(request.max_items);
  if (auto ok = makeOutputDir(request.out_dir); !ok) return std::unexpected(ok.error());

  BatchResult result;
  map::MapDocument doc = source;
  const fs::path dir(request.out_dir);
  if (items->empty()) {
    auto ok = writeFormats(doc, exhibit, request, (dir / request.stem).string(), result);
    if (!ok) return std::unexpected(ok.error());
    return result;
  }
  for (const auto& item : *items) {
    if (auto ok = applyItem(doc, request.series, item); !ok) return std::unexpected(ok.error());
    const std::string base = (dir / (request.stem + "_" + item.id)).string();
    // A service-line exhibit says which facilities it shows, unless the template sets one.
    ExhibitTemplate t = exhibit;
    if (request.series == Series::kServiceLine && t.subtitle.empty()) t.subtitle = item.label;
    if (auto ok = writeFormats(doc, t, request, base, result); !ok)
      return std::unexpected(ok.error());
  }
  logBatch(result, items->size(), request);
  return result;
}

}  // namespace geo::exhibit
