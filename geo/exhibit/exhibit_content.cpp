#include "geo/exhibit/exhibit_content.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <filesystem>

#include "geo/exhibit/exhibit_labels.h"
#include "geo/proj/transformer.h"

namespace geo::exhibit {
namespace {

using map::MapLayer;
using map::StyleType;

constexpr double kFramePadding = 0.03;  // share of the extent added on each side

carto::Rgba hexOr(const std::string& hex, carto::Rgba fallback) {
  return carto::parseHex(hex).value_or(fallback);
}

std::string thematicTitle(const MapLayer& layer, Language language) {
  return indicatorName(layer.spec.style.indicator, language, layer.thematic->label);
}

void addChoropleth(const MapLayer& layer, Language language, std::vector<LegendItem>& items) {
  const auto& labels = exhibitLabels(language);
  const auto& s = layer.spec.style;
  items.push_back({.symbol = LegendSymbol::kNone, .text = thematicTitle(layer, language)});
  const bool points = layer.display.kind == core::GeometryKind::kPoint;
  for (const auto& entry : layer.legend()) {
    // Classed facilities (open, closed, proposed) have a value by construction.
    if (points && entry.no_data && entry.count == 0) continue;
    const std::string label = entry.no_data ? labels.no_data : entry.label;
    LegendItem item{
        .symbol = LegendSymbol::kSwatch,
        .fill = entry.color,
        .outline = hexOr(s.outline, entry.color),
        .outline_pt = s.outline.empty() ? 0.0 : s.outline_width_px * kPointsPerScreenPixel,
        .text = fmt::format("{} ({})", label, entry.count)};
    if (entry.symbol_size_px > 0 || points) {
      // Classed points keep their round symbol and ring; graduated symbols
      // show each class at its own size.
      item.symbol = LegendSymbol::kPoint;
      item.outline = pointRingColor(s);
      item.point_pt = (entry.symbol_size_px > 0 ? entry.symbol_size_px : s.point_size_px) *
                      kPointsPerScreenPixel;
    }
    items.push_back(std::move(item));
  }
}

LegendItem singleItem(const MapLayer& layer) {
  const auto& s = layer.spec.style;
  LegendItem item{
      .fill = hexOr(s.fill, {200, 200, 200, 255}),
      .outline = hexOr(s.outline, {0, 0, 0, 0}),
      .outline_pt = s.outline.empty() ? 0.0 : s.outline_width_px * kPointsPerScreenPixel,
      .text = layer.spec.title.empty() ? layer.spec.id : layer.spec.title};
  if (s.type == StyleType::kPoint) {
    item.symbol = LegendSymbol::kPoint;
    item.outline = pointRingColor(s);
    item.point_pt = s.point_size_px * kPointsPerScreenPixel;
  } else if (s.type == StyleType::kOutline || layer.display.kind == core::GeometryKind::kLine) {
    item.symbol = LegendSymbol::kLine;
  }
  return item;
}

// Choropleths first (they carry the message), then the other layers top first.
std::vector<LegendItem> legendItems(const map::MapDocument& doc, Language language) {
  std::vector<LegendItem> items;
  for (const auto& layer : doc.layers)
    if (layer.spec.visible && layer.thematic && layer.classification)
      addChoropleth(layer, language, items);
  for (auto it = doc.layers.rbegin(); it != doc.layers.rend(); ++it)
    if (it->spec.visible && !(it->thematic && it->classification)) items.push_back(singleItem(*it));
  return items;
}

std::string fileName(const std::string& path) {
  return std::filesystem::path(path).filename().string();
}

// Distinct names of the operations PROJ uses from each visible layer's CRS.
std::vector<std::string> transformations(const map::MapDocument& doc) {
  std::vector<std::string> names;
  for (const auto& layer : doc.layers) {
    if (!layer.spec.visible || !layer.data.hasCrs()) continue;
    auto t = proj::Transformer::create(layer.data.crs_wkt, doc.display_crs);
    if (!t) continue;
    if (std::find(names.begin(), names.end(), t->operationName()) == names.end())
      names.push_back(t->operationName());
  }
  return names;
}

std::vector<std::string> sourceLines(const map::MapDocument& doc, const ExhibitTemplate& exhibit) {
  const auto& labels = exhibitLabels(exhibit.language);
  std::vector<std::string> sources;
  for (const auto& layer : doc.layers) {
    if (!layer.spec.visible) continue;
    std::string s = fmt::format("{} ({}", layer.spec.title, fileName(layer.spec.source));
    if (layer.spec.join) s += ", " + fileName(layer.spec.join->table);
    sources.push_back(s + ")");
  }
  for (const auto& note : exhibit.notes) sources.push_back(note);

  const auto ops = transformations(doc);
  const std::string date = exhibit.date.empty() ? todayText(exhibit.language) : exhibit.date;
  return {fmt::format("{}: {}.", labels.sources, fmt::join(sources, "; ")),
          fmt::format("{}: {} ({}). {}: {}.",
                      labels.crs,
                      doc.display_crs_name,
                      doc.display_crs,
                      labels.transformation,
                      ops.empty() ? labels.none : fmt::format("{}", fmt::join(ops, "; "))),
          fmt::format("{}: {}.", labels.date, date)};
}

core::Result<core::Box> requestedExtent(const map::MapDocument& doc, const ExhibitTemplate& t) {
  core::Box box = doc.home.empty() ? doc.extent() : doc.home;
  if (t.frame.box) return *t.frame.box;
  if (!t.frame.layer.empty()) {
    const int i = doc.findLayer(t.frame.layer);
    if (i < 0)
      return core::fail(core::Error{.code = core::ErrorCode::kNotFound,
                                    .message = "the exhibit frame names a layer the project lacks",
                                    .layer = t.frame.layer});
    box = doc.layers[std::size_t(i)].display.bounds();
  }
  const double pad = kFramePadding * std::max(box.width(), box.height());
  return core::Box{box.min_x - pad, box.min_y - pad, box.max_x + pad, box.max_y + pad};
}

}  // namespace

int mainChoropleth(const map::MapDocument& doc) {
  for (std::size_t i = 0; i < doc.layers.size(); ++i)
    if (doc.layers[i].spec.visible && doc.layers[i].thematic) return static_cast<int>(i);
  return -1;
}

carto::Rgba pointRingColor(const map::StyleSpec& style) {
  return hexOr(style.outline, {0x33, 0x33, 0x33, 255});
}

core::Result<ExhibitContent> gatherContent(const map::MapDocument& doc,
                                           const ExhibitTemplate& exhibit) {
  ExhibitContent content;
  auto extent = requestedExtent(doc, exhibit);
  if (!extent) return std::unexpected(extent.error());
  content.extent = *extent;
  content.title = exhibit.title.empty() ? doc.name : exhibit.title;
  content.subtitle = exhibit.subtitle;
  if (const int main = mainChoropleth(doc); content.subtitle.empty() && main >= 0)
    content.subtitle = thematicTitle(doc.layers[std::size_t(main)], exhibit.language);
  content.legend = legendItems(doc, exhibit.language);
  content.source_lines = sourceLines(doc, exhibit);
  return content;
}

}  // namespace geo::exhibit
