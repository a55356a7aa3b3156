#include "geo/exhibit/exhibit_batch.h"

#include <cctype>
#include <filesystem>

#include "geo/analysis/indicator.h"
#include "geo/core/log.h"

namespace geo::exhibit {
namespace {

namespace fs = std::filesystem;
using core::Error;
using core::ErrorCode;

std::string safeId(std::string_view id) {
  std::string out;
  for (char c : id) out += std::isalnum(static_cast<unsigned char>(c)) || c == '-' ? c : '_';
  return out.empty() ? "item" : out;
}

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
      items.push_back({safeId(layer.spec.id), layer.spec.title});
  if (items.empty())
    return core::fail(Error{.code = ErrorCode::kNotFound,
                            .message = "the project has no point (facility) layers",
                            .hint = "add a facility layer to the recipe"});
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
        layer.spec.visible = safeId(layer.spec.id) == item.id;
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

}  // namespace

std::optional<Series> parseSeries(std::string_view name) {
  if (name.empty() || name == "none") return Series::kNone;
  if (name == "indicator") return Series::kIndicator;
  if (name == "service_line") return Series::kServiceLine;
  if (name == "scenario") return Series::kScenario;
  return std::nullopt;
}

core::Result<std::vector<SeriesItem>> seriesItems(const map::MapDocument& doc, Series series) {
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
  // Limitation: scenarios are not part of a MapDocument yet, so this series is always empty.
  return core::fail(Error{.code = ErrorCode::kNotFound,
                          .message = "the project defines no scenarios, so there is nothing to "
                                     "export per scenario",
                          .hint = "use --series indicator or --series service_line, or save "
                                  "scenarios from the analysis first"});
}

core::Result<BatchResult> exportBatch(const map::MapDocument& source,
                                      const ExhibitTemplate& exhibit,
                                      const BatchRequest& request) {
  auto items = seriesItems(source, request.series);
  if (!items) return std::unexpected(items.error());
  if (request.max_items > 0 && items->size() > request.max_items) items->resize(request.max_items);
  std::error_code ec;
  fs::create_directories(request.out_dir, ec);
  if (ec)
    return core::fail(Error{.code = ErrorCode::kIo,
                            .message = "cannot create the output folder: " + ec.message(),
                            .file = request.out_dir});

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
    if (auto ok = writeFormats(doc, exhibit, request, base, result); !ok)
      return std::unexpected(ok.error());
  }
  core::logInfo("exhibit",
                "exported {} files for {} items to {}",
                result.files.size(),
                items->size(),
                request.out_dir);
  return result;
}

}  // namespace geo::exhibit
