#include "geo/io/source_info.h"

#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include "geo/io/gdal_support.h"

namespace geo::io {
namespace {

LayerInfo layerInfo(OGRLayer& layer, bool exact_count) {
  return {
      .name = layer.GetName(),
      .geometry_type = OGRGeometryTypeToName(layer.GetGeomType()),
      .feature_count = layer.GetFeatureCount(exact_count ? TRUE : FALSE),
  };
}

LayerDescription describeLayer(OGRLayer& layer) {
  LayerDescription out{.info = layerInfo(layer, true)};

  detail::CrsInfo crs = detail::describeCrs(layer.GetSpatialRef());
  out.crs_name = crs.name;
  out.epsg = crs.epsg;
  out.crs_wkt = crs.wkt;

  OGRFeatureDefn* definition = layer.GetLayerDefn();
  for (int i = 0; i < definition->GetFieldCount(); ++i) {
    const OGRFieldDefn* field = definition->GetFieldDefn(i);
    out.fields.push_back({field->GetNameRef(), detail::fieldTypeFromOgr(field->GetType())});
  }

  OGREnvelope envelope;
  if (layer.GetGeomType() != wkbNone && layer.GetExtent(&envelope, TRUE) == OGRERR_NONE) {
    double x0 = envelope.MinX, y0 = envelope.MinY, x1 = envelope.MaxX, y1 = envelope.MaxY;
    if (crs.swap_xy) std::swap(x0, y0), std::swap(x1, y1);
    out.extent.expand(core::Vec2{x0, y0});
    out.extent.expand(core::Vec2{x1, y1});
  }
  return out;
}

std::string crsText(const LayerDescription& layer) {
  if (layer.crs_wkt.empty()) return "none (choose a CRS before analysis)";
  if (layer.epsg != 0) return fmt::format("{} (EPSG:{})", layer.crs_name, layer.epsg);
  return layer.crs_name;
}

std::string extentText(const core::Box& box) {
  if (box.empty()) return "none";
  return fmt::format("{:.6f}, {:.6f} - {:.6f}, {:.6f}", box.min_x, box.min_y, box.max_x, box.max_y);
}

nlohmann::json layerJson(const LayerDescription& layer) {
  nlohmann::json fields = nlohmann::json::array();
  for (const auto& field : layer.fields) {
    fields.push_back({{"name", field.name}, {"type", core::fieldTypeName(field.type)}});
  }
  nlohmann::json crs = nullptr;
  if (!layer.crs_wkt.empty()) {
    crs = {{"name", layer.crs_name}, {"epsg", layer.epsg}, {"wkt", layer.crs_wkt}};
  }
  nlohmann::json extent = nullptr;
  if (!layer.extent.empty()) {
    extent = {layer.extent.min_x, layer.extent.min_y, layer.extent.max_x, layer.extent.max_y};
  }
  return {{"name", layer.info.name},
          {"geometry_type", layer.info.geometry_type},
          {"feature_count", layer.info.feature_count},
          {"crs", crs},
          {"fields", fields},
          {"extent", extent}};
}

}  // namespace

core::Result<std::vector<LayerInfo>> listLayers(const std::string& path) {
  detail::GdalErrorCapture capture;
  auto dataset = detail::openVector(path, {}, capture);
  if (!dataset) return std::unexpected(dataset.error());

  std::vector<LayerInfo> layers;
  for (OGRLayer* layer : (*dataset)->GetLayers()) layers.push_back(layerInfo(*layer, false));
  return layers;
}

core::Result<SourceInfo> describeSource(const std::string& path) {
  detail::GdalErrorCapture capture;
  auto dataset = detail::openVector(path, {}, capture);
  if (!dataset) return std::unexpected(dataset.error());

  SourceInfo info{.path = path, .driver = (*dataset)->GetDriver()->GetDescription()};
  for (OGRLayer* layer : (*dataset)->GetLayers()) info.layers.push_back(describeLayer(*layer));
  return info;
}

std::string toText(const SourceInfo& info) {
  std::string out =
      fmt::format("{}\n  driver: {}\n  layers: {}\n", info.path, info.driver, info.layers.size());
  for (const auto& layer : info.layers) {
    out += fmt::format("layer '{}'\n  geometry: {}\n  features: {}\n  crs: {}\n  extent: {}\n",
                       layer.info.name,
                       layer.info.geometry_type,
                       layer.info.feature_count,
                       crsText(layer),
                       extentText(layer.extent));
    out += fmt::format("  fields: {}\n", layer.fields.size());
    for (const auto& field : layer.fields) {
      out += fmt::format("    {} ({})\n", field.name, core::fieldTypeName(field.type));
    }
  }
  return out;
}

nlohmann::json toJson(const SourceInfo& info) {
  nlohmann::json layers = nlohmann::json::array();
  for (const auto& layer : info.layers) layers.push_back(layerJson(layer));
  return {{"path", info.path}, {"driver", info.driver}, {"layers", layers}};
}

}  // namespace geo::io
