#include "geo/io/vector_writer.h"

#include <filesystem>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include "geo/io/gdal_support.h"

namespace geo::io {
namespace {

core::Error writeError(const std::string& path,
                       const std::string& what,
                       const detail::GdalErrorCapture& capture) {
  std::string message = what;
  if (const std::string reason = capture.lastFailure(); !reason.empty()) message += ": " + reason;
  return core::Error{.code = core::ErrorCode::kIo,
                     .message = message,
                     .file = path,
                     .hint = "check that the output folder exists and is writable"};
}

OGRFieldType ogrType(core::FieldType type) {
  switch (type) {
    case core::FieldType::kInteger:
      return OFTInteger64;
    case core::FieldType::kReal:
      return OFTReal;
    default:
      return OFTString;
  }
}

OGRLinearRing* ringOf(const core::Ring& ring) {
  auto* out = new OGRLinearRing();
  for (const core::Vec2& p : ring) out->addPoint(p.x, p.y);
  if (!ring.empty()) out->addPoint(ring.front().x, ring.front().y);
  return out;
}

std::unique_ptr<OGRGeometry> ogrGeometry(const core::Geometry& g) {
  if (g.empty()) return nullptr;
  if (g.kind == core::GeometryKind::kPoint) {
    auto multi = std::make_unique<OGRMultiPoint>();
    for (const core::Vec2& p : g.points) multi->addGeometryDirectly(new OGRPoint(p.x, p.y));
    return multi;
  }
  if (g.kind == core::GeometryKind::kLine) {
    auto multi = std::make_unique<OGRMultiLineString>();
    for (const auto& line : g.lines) {
      auto* ls = new OGRLineString();
      for (const core::Vec2& p : line) ls->addPoint(p.x, p.y);
      multi->addGeometryDirectly(ls);
    }
    return multi;
  }
  auto multi = std::make_unique<OGRMultiPolygon>();
  for (const core::Polygon& polygon : g.polygons) {
    auto* out = new OGRPolygon();
    for (const core::Ring& ring : polygon.rings) out->addRingDirectly(ringOf(ring));
    multi->addGeometryDirectly(out);
  }
  return multi;
}

OGRwkbGeometryType layerType(core::GeometryKind kind) {
  switch (kind) {
    case core::GeometryKind::kPoint:
      return wkbMultiPoint;
    case core::GeometryKind::kLine:
      return wkbMultiLineString;
    case core::GeometryKind::kPolygon:
      return wkbMultiPolygon;
    default:
      return wkbNone;
  }
}

void setValue(OGRFeature& feature, int field, const core::Value& value) {
  if (const auto* text = std::get_if<std::string>(&value))
    feature.SetField(field, text->c_str());
  else if (const auto* integer = std::get_if<std::int64_t>(&value))
    feature.SetField(field, static_cast<GIntBig>(*integer));
  else if (const auto* real = std::get_if<double>(&value))
    feature.SetField(field, *real);
  else
    feature.SetFieldNull(field);
}

core::Result<void> writeOne(GDALDataset& dataset,
                            const core::Layer& layer,
                            const std::string& path,
                            detail::GdalErrorCapture& capture) {
  OGRSpatialReference srs;
  srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
  const bool has_crs = layer.hasCrs() && srs.importFromWkt(layer.crs_wkt.c_str()) == OGRERR_NONE;
  OGRLayer* out = dataset.CreateLayer(
      layer.name.c_str(), has_crs ? &srs : nullptr, layerType(layer.kind), nullptr);
  if (out == nullptr) return std::unexpected(writeError(path, "cannot create layer", capture));
  for (const core::Field& field : layer.table.fields()) {
    OGRFieldDefn definition(field.name.c_str(), ogrType(field.type));
    if (out->CreateField(&definition) != OGRERR_NONE)
      return std::unexpected(writeError(path, "cannot create field " + field.name, capture));
  }
  if (out->StartTransaction() != OGRERR_NONE)
    return std::unexpected(writeError(path, "cannot start a transaction", capture));
  for (std::size_t row = 0; row < layer.size(); ++row) {
    OGRFeature feature(out->GetLayerDefn());
    for (std::size_t f = 0; f < layer.table.fieldCount(); ++f)
      setValue(feature, static_cast<int>(f), layer.table.value(row, f));
    if (auto g = ogrGeometry(layer.geometries[row])) feature.SetGeometryDirectly(g.release());
    if (out->CreateFeature(&feature) != OGRERR_NONE)
      return std::unexpected(writeError(path, "cannot write feature", capture));
  }
  if (out->CommitTransaction() != OGRERR_NONE)
    return std::unexpected(writeError(path, "cannot commit", capture));
  return {};
}

}  // namespace

core::Result<void> writeLayers(const std::vector<core::Layer>& layers,
                               const std::string& path,
                               const std::string& driver_name) {
  detail::ensureGdalRegistered();
  detail::GdalErrorCapture capture;
  GDALDriver* driver = GetGDALDriverManager()->GetDriverByName(driver_name.c_str());
  if (driver == nullptr)
    return std::unexpected(writeError(path, "no GDAL driver " + driver_name, capture));
  std::error_code ec;
  std::filesystem::remove(path, ec);
  detail::DatasetPtr dataset(driver->Create(path.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
  if (!dataset) return std::unexpected(writeError(path, "cannot create file", capture));
  for (const core::Layer& layer : layers)
    if (auto ok = writeOne(*dataset, layer, path, capture); !ok) return ok;
  return {};
}

}  // namespace geo::io
