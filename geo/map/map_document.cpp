#include "geo/map/map_document.h"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>

#include "geo/analysis/apportioned_indicators.h"
#include "geo/analysis/indicator.h"
#include "geo/core/log.h"
#include "geo/io/vector_reader.h"
#include "geo/proj/crs_choice.h"
#include "geo/proj/crs_info.h"
#include "geo/proj/reproject.h"
#include "geo/proj/transformer.h"

namespace geo::map {
namespace {

using core::Error;
using core::ErrorCode;

constexpr const char* kNoCrsMessage = "the layer has no coordinate reference system";

// Keeps the rows whose `filter.field` text is one of `filter.values`.
core::Result<void> applyFilter(core::Layer& layer, const FilterSpec& filter) {
  auto field = layer.table.fieldIndex(filter.field);
  if (!field)
    return core::fail(Error{.code = ErrorCode::kNotFound,
                            .message = "filter field does not exist",
                            .file = layer.source_path,
                            .layer = layer.name,
                            .field = filter.field});
  core::Layer kept = layer;
  kept.table = core::FeatureTable();
  for (const auto& f : layer.table.fields()) kept.table.addField(f);
  kept.geometries.clear();
  for (std::size_t r = 0; r < layer.size(); ++r) {
    const std::string value = layer.table.text(r, *field);
    if (std::find(filter.values.begin(), filter.values.end(), value) == filter.values.end())
      continue;
    std::vector<core::Value> row;
    for (std::size_t c = 0; c < layer.table.fieldCount(); ++c)
      row.push_back(layer.table.value(r, c));
    kept.table.addRow(std::move(row));
    kept.geometries.push_back(layer.geometries[r]);
  }
  layer = std::move(kept);
  return {};
}

core::Result<void> joinLayer(MapLayer& layer, const JoinSpec& join) {
  auto table = io::readTable(join.table);
  if (!table) return std::unexpected(table.error());
  auto report = io::joinTable(layer.data, join.key, *table, join.table_key, join.table);
  if (!report) return std::unexpected(report.error());
  core::logInfo("io", "join {} <- {}: {}", layer.spec.id, join.table, report->summary());
  layer.join = std::move(*report);
  return {};
}

// Computes every built-in indicator the joined table has the columns for.
void computeIndicators(MapLayer& layer) {
  for (const auto& indicator : analysis::builtinIndicators()) {
    auto values = analysis::evaluate(indicator, layer.data.table);
    if (values) layer.indicators[indicator.id] = std::move(*values);
  }
}

// Estimates of layers with "apportion_from", from their source layer's table.
// A failure is reported and leaves the layer without estimates (it still draws).
void computeApportionedIndicators(MapDocument& doc) {
  for (auto& layer : doc.layers) {
    if (layer.spec.indicators_from.empty() || !layer.indicators.empty()) continue;
    const int from = doc.findLayer(layer.spec.indicators_from);
    if (from < 0) {
      doc.warnings.push_back(layer.spec.id + ": no layer " + layer.spec.indicators_from +
                             " to apportion estimates from");
      continue;
    }
    auto estimates = analysis::apportionIndicators(doc.layers[std::size_t(from)].data, layer.data);
    if (!estimates) {
      core::logWarning("map", "{}: {}", layer.spec.id, estimates.error().toString());
      doc.warnings.push_back(layer.spec.id + ": " + estimates.error().toString());
      continue;
    }
    layer.indicators = std::move(estimates->indicators);
  }
}

core::Result<MapLayer> loadLayer(const LayerSpec& spec, core::Progress* progress) {
  MapLayer layer;
  layer.spec = spec;
  auto data = io::readLayer(spec.source, io::ReadOptions{.layer = spec.layer}, progress);
  if (!data) return std::unexpected(data.error());
  layer.data = std::move(*data);
  if (!layer.data.hasCrs() && !spec.crs.empty()) {
    auto info = proj::describeCrs(spec.crs);
    if (!info) return std::unexpected(info.error());
    layer.data.crs_wkt = spec.crs;
    layer.data.crs_name = info->name;
  }
  if (spec.filter)
    if (auto ok = applyFilter(layer.data, *spec.filter); !ok) return std::unexpected(ok.error());
  if (spec.join)
    if (auto ok = joinLayer(layer, *spec.join); !ok) return std::unexpected(ok.error());
  if (spec.builtin_indicators) computeIndicators(layer);
  return layer;
}

core::Result<void> project(MapLayer& layer, const std::string& crs) {
  if (!layer.data.hasCrs())
    return core::fail(Error{.code = ErrorCode::kCrs,
                            .message = kNoCrsMessage,
                            .file = layer.data.source_path,
                            .layer = layer.data.name,
                            .hint = "add a .prj file, or set \"crs\" (e.g. \"EPSG:4326\") for "
                                    "this layer in the recipe"});
  auto display = proj::reprojectLayer(layer.data, crs);
  if (!display) return std::unexpected(display.error());
  layer.display = std::move(*display);
  layer.index = FeatureIndex(layer.display);
  return {};
}

// `points` transformed from CRS `from` to `to`; nullopt when that fails.
std::optional<std::vector<core::Vec2>> transformed(std::vector<core::Vec2> points,
                                                   const std::string& from,
                                                   const std::string& to) {
  auto transformer = proj::Transformer::create(from, to);
  if (!transformer || !transformer->forward(points)) return std::nullopt;
  return points;
}

// The box around `box` (in CRS `from`) in CRS `to`, from its densified
// outline; nullopt when the transformation fails.
std::optional<core::Box> transformedBox(const core::Box& box,
                                        const std::string& from,
                                        const std::string& to) {
  if (box.empty()) return std::nullopt;
  constexpr int kSteps = 16;
  std::vector<core::Vec2> ring;
  for (int i = 0; i <= kSteps; ++i) {
    const double fx = box.min_x + box.width() * i / kSteps;
    const double fy = box.min_y + box.height() * i / kSteps;
    ring.insert(ring.end(), {{fx, box.min_y}, {fx, box.max_y}, {box.min_x, fy}, {box.max_x, fy}});
  }
  auto points = transformed(std::move(ring), from, to);
  if (!points) return std::nullopt;
  core::Box out;
  for (auto p : *points) out.expand(p);
  return out;
}

// The box spanned by the middles of the edges of `box` (CRS `from`) in CRS
// `to`: west to east through the centre, south to north through the centre.
// Unlike the box around the whole outline it does not grow when the two
// grids are turned against each other, so a view saved in one CRS and shown
// in another keeps its size (to a few metres in a city).
std::optional<core::Box> transformedMidlines(const core::Box& box,
                                             const std::string& from,
                                             const std::string& to) {
  if (box.empty()) return std::nullopt;
  const core::Vec2 c = box.center();
  const auto m = transformed(
      {{box.min_x, c.y}, {box.max_x, c.y}, {c.x, box.min_y}, {c.x, box.max_y}}, from, to);
  if (!m) return std::nullopt;
  const core::Box out{
      .min_x = (*m)[0].x, .min_y = (*m)[2].y, .max_x = (*m)[1].x, .max_y = (*m)[3].y};
  if (out.empty() || out.width() <= 0 || out.height() <= 0) return std::nullopt;
  return out;
}

// The bounding box of a layer in longitude/latitude (cheap even for huge layers).
std::optional<core::Box> lonLatBounds(const core::Layer& layer) {
  if (!layer.hasCrs()) return std::nullopt;
  return transformedBox(layer.bounds(), layer.crs_wkt, "EPSG:4326");
}

// The display CRS for "auto": a projected CRS suited to the data's place.
core::Result<std::string> autoDisplayCrs(const std::vector<MapLayer>& layers) {
  core::Box lonlat;
  for (const auto& layer : layers)
    if (auto box = lonLatBounds(layer.data)) lonlat.expand(*box);
  if (lonlat.empty())
    return core::fail(ErrorCode::kCrs, "no layer has a CRS, so no display CRS can be chosen");
  return proj::chooseProjectedCrs(lonlat);
}

core::Box homeExtent(const MapDocument& doc, const ViewSpec& view) {
  int i = doc.findLayer(view.layer);
  if (i < 0) return doc.extent();
  const auto& layer = doc.layers[std::size_t(i)];
  if (!view.filter) return layer.display.bounds();
  auto field = layer.display.table.fieldIndex(view.filter->field);
  core::Box box;
  for (std::size_t r = 0; field && r < layer.display.size(); ++r) {
    const auto value = layer.display.table.text(r, *field);
    for (const auto& wanted : view.filter->values)
      if (value == wanted) box.expand(layer.display.geometries[r].bounds());
  }
  return box.empty() ? doc.extent() : box;
}

core::Result<void> describeDisplay(MapDocument& doc) {
  auto info = proj::describeCrs(doc.display_crs);
  if (!info) return std::unexpected(info.error());
  if (info->is_geographic)
    return core::fail(Error{.code = ErrorCode::kCrs,
                            .message = "the display CRS must be projected, not longitude/latitude",
                            .hint = "choose a projected CRS such as a UTM zone or state plane"});
  doc.display_crs_name = info->name;
  doc.display_metres_per_unit = info->metres_per_unit;
  return {};
}

}  // namespace

bool needsCrsChoice(const core::Error& error) {
  return error.code == ErrorCode::kCrs && error.message == kNoCrsMessage;
}

core::Box viewExtent(const MapDocument& doc, const ViewSpec& view) {
  return homeExtent(doc, view);
}

core::Box preparedViewExtent(const MapDocument& doc, const PreparedView& view) {
  if (!view.extent_lonlat) return viewExtent(doc, view.zoom);
  auto box = transformedMidlines(*view.extent_lonlat, "EPSG:4326", doc.display_crs);
  return box ? *box : doc.extent();
}

std::optional<core::Box> lonLatExtent(const MapDocument& doc, const core::Box& display_box) {
  return transformedMidlines(display_box, doc.display_crs, "EPSG:4326");
}

core::Box MapDocument::extent() const {
  core::Box box;
  for (const auto& l : layers) box.expand(l.display.bounds());
  return box;
}

int MapDocument::findLayer(std::string_view id) const {
  for (std::size_t i = 0; i < layers.size(); ++i)
    if (layers[i].spec.id == id) return static_cast<int>(i);
  return -1;
}

core::Result<MapDocument> openRecipe(const Recipe& recipe, core::Progress* progress) {
  std::vector<MapLayer> layers;
  std::vector<std::string> warnings;
  for (std::size_t i = 0; i < recipe.layers.size(); ++i) {
    if (progress && progress->cancelled()) return core::fail(ErrorCode::kCancelled, "cancelled");
    auto layer = loadLayer(recipe.layers[i], nullptr);
    if (!layer) return std::unexpected(layer.error());
    for (const auto& w : layer->data.report.warnings) warnings.push_back(w);
    layers.push_back(std::move(*layer));
    if (progress) progress->report(0.6 * double(i + 1) / double(recipe.layers.size()));
  }

  auto doc = assembleDocument(recipe.name, std::move(layers), recipe.display_crs, recipe.view);
  if (!doc) return doc;
  doc->recipe_path = recipe.path;
  doc->views = recipe.views;
  doc->warnings.insert(doc->warnings.begin(), warnings.begin(), warnings.end());
  core::logInfo("map", "opened {}: {} layers in {}", recipe.path, doc->layers.size(),
                doc->display_crs_name);
  return doc;
}

core::Result<MapDocument> assembleDocument(std::string name,
                                           std::vector<MapLayer> layers,
                                           const std::string& display_crs,
                                           const ViewSpec& view) {
  MapDocument doc;
  doc.name = std::move(name);
  doc.layers = std::move(layers);
  for (auto& layer : doc.layers)
    if (layer.spec.builtin_indicators && layer.indicators.empty()) computeIndicators(layer);
  computeApportionedIndicators(doc);

  auto crs = display_crs == "auto" || display_crs.empty()
                 ? autoDisplayCrs(doc.layers)
                 : core::Result<std::string>(display_crs);
  if (!crs) return std::unexpected(crs.error());
  if (auto ok = setDisplayCrs(doc, *crs); !ok) return std::unexpected(ok.error());
  for (auto& layer : doc.layers)
    if (auto ok = applyStyle(layer, layer.spec.style); !ok) return std::unexpected(ok.error());
  doc.home = homeExtent(doc, view);
  return doc;
}

core::Result<void> setDisplayCrs(MapDocument& doc, const std::string& crs) {
  MapDocument trial;
  trial.display_crs = crs;
  if (auto ok = describeDisplay(trial); !ok) return ok;
  for (auto& layer : doc.layers)
    if (auto ok = project(layer, crs); !ok) return ok;
  doc.display_crs = crs;
  doc.display_crs_name = trial.display_crs_name;
  doc.display_metres_per_unit = trial.display_metres_per_unit;
  return {};
}

core::Result<MapLayer> openLayerFile(const std::string& path,
                                     const std::string& display_crs,
                                     const std::string& assumed_crs,
                                     core::Progress* progress) {
  LayerSpec spec;
  spec.source = path;
  spec.crs = assumed_crs;
  spec.id = path;
  spec.title = std::filesystem::path(path).filename().string();
  auto layer = loadLayer(spec, progress);
  if (!layer) return std::unexpected(layer.error());
  if (auto ok = project(*layer, display_crs); !ok) return std::unexpected(ok.error());
  layer->spec.style = defaultStyle(layer->display.kind);
  if (auto ok = applyStyle(*layer, layer->spec.style); !ok) return std::unexpected(ok.error());
  return layer;
}

}  // namespace geo::map
