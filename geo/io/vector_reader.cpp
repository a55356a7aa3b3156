#include "geo/io/vector_reader.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <optional>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include "geo/core/log.h"
#include "geo/io/census_csv.h"
#include "geo/io/gdal_support.h"
#include "geo/io/ogr_geometry.h"
#include "geo/io/text_encoding.h"

namespace geo::io {
namespace {

using core::ErrorCode;
using core::GeometryKind;
using detail::GeometryOutcome;

constexpr int kCancelCheckEvery = 64;
// GDAL may say something about every feature of a bad file; the report keeps the first few.
constexpr std::size_t kMaxGdalWarnings = 10;

// Decodes attribute text to UTF-8 and remembers whether the legacy fallback was needed.
class TextDecoder {
 public:
  TextDecoder(std::string override_encoding, bool gdal_recodes)
      : override_(std::move(override_encoding)), gdal_recodes_(gdal_recodes) {}

  std::string decode(const char* text) {
    std::string_view view(text ? text : "");
    if (!override_.empty() && !gdal_recodes_) return recodeToUtf8(view, override_.c_str());
    if (isValidUtf8(view)) return std::string(view);
    used_fallback_ = true;
    return recodeToUtf8(view, kLegacyEncoding);
  }
  bool usedFallback() const { return used_fallback_; }

 private:
  std::string override_;
  bool gdal_recodes_;
  bool used_fallback_ = false;
};

class LayerLoader {
 public:
  LayerLoader(const std::string& path,
              const ReadOptions& options,
              OGRLayer& source,
              core::Progress* progress)
      : path_(path),
        options_(options),
        source_(source),
        progress_(progress),
        decoder_(options.encoding, detail::hasExtension(path, "shp")) {}

  core::Result<core::Layer> load(detail::GdalErrorCapture& capture);

 private:
  void readSchema();
  void readCrs();
  core::Result<void> readFeatures(detail::GdalErrorCapture& capture);
  std::vector<core::Value> readValues(OGRFeature& feature);
  bool isLabelRow(const std::vector<core::Value>& values) const;
  void readGeometry(OGRFeature& feature);
  void chooseKind();
  void finishReport(const detail::GdalErrorCapture& capture);
  void checkGeographicRange();
  void warn(std::string message);

  const std::string& path_;
  const ReadOptions& options_;
  OGRLayer& source_;
  core::Progress* progress_;
  TextDecoder decoder_;
  core::Layer layer_;
  bool swap_xy_ = false;
  bool geographic_ = false;
  bool has_geometry_field_ = false;
  std::optional<std::size_t> geo_id_field_;
  std::size_t label_rows_dropped_ = 0;
  std::array<std::size_t, 4> features_by_kind_{};  // indexed by GeometryKind
};

void LayerLoader::warn(std::string message) {
  core::logWarning("io", "{}: layer '{}': {}", path_, layer_.name, message);
  layer_.report.warnings.push_back(std::move(message));
}

void LayerLoader::readSchema() {
  OGRFeatureDefn* definition = source_.GetLayerDefn();
  for (int i = 0; i < definition->GetFieldCount(); ++i) {
    const OGRFieldDefn* field = definition->GetFieldDefn(i);
    std::string name(stripBom(decoder_.decode(field->GetNameRef())));
    if (EQUAL(name.c_str(), "GEO_ID")) geo_id_field_ = static_cast<std::size_t>(i);
    layer_.table.addField({std::move(name), detail::fieldTypeFromOgr(field->GetType())});
  }
  if (geo_id_field_) layer_.table.addField({kGeoidFromGeoIdField, core::FieldType::kText});
  has_geometry_field_ = definition->GetGeomFieldCount() > 0;
}

void LayerLoader::readCrs() {
  detail::CrsInfo crs = detail::describeCrs(source_.GetSpatialRef());
  layer_.crs_wkt = std::move(crs.wkt);
  layer_.crs_name = std::move(crs.name);
  layer_.epsg = crs.epsg;
  swap_xy_ = crs.swap_xy;
  geographic_ = crs.geographic;
  if (has_geometry_field_ && !layer_.hasCrs()) {
    warn(
        "the layer has no coordinate reference system (e.g. a shapefile without .prj); "
        "choose its CRS before analysis, it is not guessed");
  }
}

std::vector<core::Value> LayerLoader::readValues(OGRFeature& feature) {
  std::vector<core::Value> values;
  values.reserve(layer_.table.fieldCount());
  for (int i = 0; i < feature.GetFieldCount(); ++i) {
    if (!feature.IsFieldSetAndNotNull(i)) {
      values.emplace_back();
      continue;
    }
    switch (layer_.table.fields()[static_cast<std::size_t>(i)].type) {
      case core::FieldType::kInteger:
        values.emplace_back(feature.GetFieldAsInteger64(i));
        break;
      case core::FieldType::kReal:
        values.emplace_back(feature.GetFieldAsDouble(i));
        break;
      default:
        values.emplace_back(decoder_.decode(feature.GetFieldAsString(i)));
        break;
    }
  }
  if (geo_id_field_) {
    const auto* geo_id = std::get_if<std::string>(&values[*geo_id_field_]);
    std::optional<std::string> geoid = geo_id ? geoidFromGeoId(*geo_id) : std::nullopt;
    values.push_back(geoid ? core::Value(*geoid) : core::Value());
  }
  return values;
}

bool LayerLoader::isLabelRow(const std::vector<core::Value>& values) const {
  std::vector<std::string> cells;
  for (const auto& value : values) {
    const auto* text = std::get_if<std::string>(&value);
    cells.push_back(text ? *text : "");
  }
  return isCensusLabelRow(cells);
}

// Limitation: only the first geometry field of a layer is read; further ones are ignored.
void LayerLoader::readGeometry(OGRFeature& feature) {
  detail::ConvertedGeometry converted = detail::convertGeometry(feature.GetGeometryRef(), swap_xy_);
  auto& report = layer_.report;
  const auto fid = feature.GetFID();
  switch (converted.outcome) {
    case GeometryOutcome::kNull:
      report.null_geometries += has_geometry_field_ ? 1 : 0;
      break;
    case GeometryOutcome::kEmpty:
      ++report.empty_geometries;
      break;
    case GeometryOutcome::kRepaired:
      ++report.repaired_geometries;
      core::logWarning("io",
                       "{}: layer '{}': feature {}: invalid polygon repaired with MakeValid",
                       path_,
                       layer_.name,
                       fid);
      break;
    case GeometryOutcome::kUnusable:
      ++report.unusable_geometries;
      warn(
          fmt::format("feature {}: polygon is invalid and could not be repaired ({}); "
                      "kept as a row without geometry",
                      fid,
                      converted.reason));
      break;
    case GeometryOutcome::kOk:
      break;
  }
  const auto& g = converted.geometry;
  if (!g.points.empty()) ++features_by_kind_[static_cast<int>(GeometryKind::kPoint)];
  if (!g.lines.empty()) ++features_by_kind_[static_cast<int>(GeometryKind::kLine)];
  if (!g.polygons.empty()) ++features_by_kind_[static_cast<int>(GeometryKind::kPolygon)];
  layer_.geometries.push_back(std::move(converted.geometry));
}

core::Result<void> LayerLoader::readFeatures(detail::GdalErrorCapture& capture) {
  const GIntBig expected = source_.GetFeatureCount(progress_ ? TRUE : FALSE);
  source_.ResetReading();
  std::size_t index = 0;
  for (auto& feature : source_) {
    if (progress_ && index % kCancelCheckEvery == 0) {
      if (progress_->cancelled()) return core::fail(ErrorCode::kCancelled, "loading cancelled");
      if (expected > 0) progress_->report(static_cast<double>(index) / expected);
    }
    std::vector<core::Value> values = readValues(*feature);
    if (index++ == 0 && detail::hasExtension(path_, "csv") && isLabelRow(values)) {
      ++label_rows_dropped_;
      continue;
    }
    layer_.table.addRow(std::move(values));
    readGeometry(*feature);
  }
  // A read failure (e.g. a shapefile cut short) would silently lose shapes; refuse it.
  if (capture.hasFailure()) {
    return core::fail(
        {.code = ErrorCode::kIo,
         .message = "cannot read all features: " + capture.lastFailure(),
         .file = path_,
         .layer = layer_.name,
         .hint = "the file may be truncated or damaged; export or download it again"});
  }
  if (progress_) progress_->report(1.0);
  return {};
}

// Keeps the kind most features have (ties: polygon, then line, then point).
void LayerLoader::chooseKind() {
  GeometryKind dominant = GeometryKind::kNone;
  std::size_t best = 0;
  for (GeometryKind kind : {GeometryKind::kPolygon, GeometryKind::kLine, GeometryKind::kPoint}) {
    if (features_by_kind_[static_cast<int>(kind)] > best) {
      best = features_by_kind_[static_cast<int>(kind)];
      dominant = kind;
    }
  }
  layer_.kind = dominant;
  for (auto& g : layer_.geometries) {
    std::size_t parts = g.points.size() + g.lines.size() + g.polygons.size();
    if (dominant != GeometryKind::kPoint) g.points.clear();
    if (dominant != GeometryKind::kLine) g.lines.clear();
    if (dominant != GeometryKind::kPolygon) g.polygons.clear();
    std::size_t kept = g.points.size() + g.lines.size() + g.polygons.size();
    layer_.report.skipped_parts += parts - kept;
    g.kind = g.empty() ? GeometryKind::kNone : dominant;
  }
}

// A source that says longitude/latitude (GeoJSON always does) but holds
// coordinates far outside +-180/+-90 has a wrong CRS: it is dropped, so the
// user is asked for the right one instead of the map silently misplacing it.
void LayerLoader::checkGeographicRange() {
  if (!geographic_ || !layer_.hasCrs()) return;
  const core::Box box = layer_.bounds();
  if (box.empty()) return;
  constexpr double kSlack = 1.0;  // degrees: tolerate data a little past the antimeridian
  if (box.min_x >= -180 - kSlack && box.max_x <= 180 + kSlack && box.min_y >= -90 - kSlack &&
      box.max_y <= 90 + kSlack)
    return;
  warn(fmt::format("the source says {} (longitude/latitude) but its coordinates reach "
                   "{:.0f}, {:.0f}, which cannot be degrees; its CRS is treated as unknown "
                   "(choose the right one, e.g. a .prj file or the recipe's \"crs\")",
                   layer_.crs_name, box.max_x, box.max_y));
  layer_.crs_wkt.clear();
  layer_.crs_name.clear();
  layer_.epsg = 0;
}

void LayerLoader::finishReport(const detail::GdalErrorCapture& capture) {
  auto& report = layer_.report;
  checkGeographicRange();
  report.features = layer_.table.rowCount();
  if (report.features == 0) warn("the layer has no features");
  if (label_rows_dropped_ > 0) {
    warn("dropped the second header row of labels (Census download format)");
  }
  if (report.null_geometries + report.empty_geometries > 0) {
    warn(fmt::format("{} features have no geometry; they are kept as rows without a shape",
                     report.null_geometries + report.empty_geometries));
  }
  if (report.repaired_geometries > 0) {
    warn(fmt::format("{} invalid polygons were repaired with MakeValid",
                     report.repaired_geometries));
  }
  if (report.skipped_parts > 0) {
    warn(fmt::format("mixed geometry kinds: kept {} parts, skipped {} parts of other kinds",
                     layer_.kind == GeometryKind::kPolygon ? "polygon"
                     : layer_.kind == GeometryKind::kLine  ? "line"
                                                           : "point",
                     report.skipped_parts));
  }
  const auto& messages = capture.messages();
  for (std::size_t i = 0; i < std::min(messages.size(), kMaxGdalWarnings); ++i) {
    warn("GDAL: " + messages[i].text);
  }
  if (messages.size() > kMaxGdalWarnings) {
    warn(fmt::format("GDAL: {} more messages not shown", messages.size() - kMaxGdalWarnings));
  }
}

std::string sourceEncoding(OGRLayer& source, const ReadOptions& options, bool fallback) {
  if (!options.encoding.empty()) return options.encoding;
  if (fallback) return std::string(kLegacyEncoding) + " (assumed: text is not valid UTF-8)";
  const char* declared = source.GetMetadataItem("SOURCE_ENCODING", "SHAPEFILE");
  if (declared != nullptr && declared[0] != '\0') return declared;
  return "UTF-8";
}

core::Result<core::Layer> LayerLoader::load(detail::GdalErrorCapture& capture) {
  layer_.name = decoder_.decode(source_.GetName());
  layer_.source_path = path_;
  readSchema();
  readCrs();

  if (auto read = readFeatures(capture); !read) return std::unexpected(read.error());
  chooseKind();

  layer_.report.encoding = sourceEncoding(source_, options_, decoder_.usedFallback());
  if (decoder_.usedFallback()) {
    warn(
        "text is not valid UTF-8 and no encoding is declared (no .cpg); decoded as "
        "Windows-1252");
  }
  finishReport(capture);
  return std::move(layer_);
}

core::Result<OGRLayer*> findLayer(GDALDataset& dataset,
                                  const std::string& path,
                                  const std::string& name) {
  OGRLayer* layer = name.empty() ? dataset.GetLayer(0) : dataset.GetLayerByName(name.c_str());
  if (layer != nullptr) return layer;
  return core::fail(
      {.code = ErrorCode::kNotFound,
       .message = name.empty() ? "the source has no layers" : "no layer named '" + name + "'",
       .file = path,
       .layer = name,
       .hint = "list the layers with `equimap info`"});
}

}  // namespace

core::Result<core::Layer> readLayer(const std::string& path,
                                    const ReadOptions& options,
                                    core::Progress* progress) {
  detail::GdalErrorCapture capture;
  auto dataset = detail::openVector(path, options.encoding, capture);
  if (!dataset) return std::unexpected(dataset.error());
  auto source = findLayer(**dataset, path, options.layer);
  if (!source) return std::unexpected(source.error());

  auto layer = LayerLoader(path, options, **source, progress).load(capture);
  if (!layer) return layer;
  layer->report.driver = (*dataset)->GetDriver()->GetDescription();
  core::logInfo("io",
                "opened {} with {}: layer '{}', {}, CRS {}",
                path,
                layer->report.driver,
                layer->name,
                layer->report.summary(),
                layer->hasCrs() ? layer->crs_name : "none");
  return layer;
}

core::Result<core::FeatureTable> readTable(const std::string& path, const ReadOptions& options) {
  auto layer = readLayer(path, options);
  if (!layer) return std::unexpected(layer.error());
  return std::move(layer->table);
}

}  // namespace geo::io
