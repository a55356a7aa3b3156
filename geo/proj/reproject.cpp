#include "geo/proj/reproject.h"

#include <fmt/format.h>

#include "geo/proj/crs_info.h"
#include "geo/proj/transformer.h"

namespace geo::proj {

using geo::core::Error;
using geo::core::ErrorCode;
using geo::core::Layer;
using geo::core::Result;

Result<Layer> reprojectLayer(const Layer& layer, const std::string& target_crs) {
  if (!layer.hasCrs()) {
    return geo::core::fail(Error{
        .code = ErrorCode::kCrs,
        .message = "the layer has no coordinate reference system, so it cannot be reprojected",
        .file = layer.source_path,
        .layer = layer.name,
        .hint = "choose the CRS the data was made in (for example EPSG:4269 for NAD83 "
                "longitude/latitude, or the State Plane CRS named in its metadata)"});
  }
  auto target = describeCrs(target_crs);
  if (!target) return std::unexpected(target.error());
  auto transformer = Transformer::create(layer.crs_wkt, target_crs);
  if (!transformer) {
    Error error = transformer.error();
    error.layer = layer.name;
    error.file = layer.source_path;
    return std::unexpected(error);
  }

  Layer out = layer;
  out.crs_wkt = target->wkt;
  out.crs_name = target->name;
  out.epsg = target->epsg;
  for (std::size_t row = 0; row < out.geometries.size(); ++row) {
    auto projected = transformer->forward(layer.geometries[row]);
    if (!projected) {
      Error error = projected.error();
      error.layer = layer.name;
      error.file = layer.source_path;
      error.feature = fmt::format("row {}", row);
      return std::unexpected(error);
    }
    out.geometries[row] = std::move(*projected);
  }
  return out;
}

}  // namespace geo::proj
