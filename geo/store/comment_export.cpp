#include "geo/store/comment_export.h"

#include <fmt/format.h>

#include <fstream>

#include "geo/core/log.h"
#include "geo/io/csv_field.h"
#include "geo/io/vector_writer.h"
#include "geo/proj/crs_info.h"

namespace geo::store {
namespace {

using io::csvField;

std::string csvRow(const Comment& m) {
  const std::string x = m.point ? fmt::format("{}", m.point->x) : "";
  const std::string y = m.point ? fmt::format("{}", m.point->y) : "";
  return fmt::format("{},{},{},{},{},{},{},{}\r\n",
                     m.id,
                     csvField(m.text),
                     csvField(m.topic),
                     csvField(m.language),
                     csvField(m.created_utc),
                     csvField(m.point ? m.point_crs : ""),
                     x,
                     y);
}

// The one CRS of the pinned comments ("" when none is pinned).
core::Result<std::string> commonCrs(const std::vector<Comment>& comments) {
  std::string crs;
  for (const auto& m : comments) {
    if (!m.point) continue;
    if (crs.empty()) crs = m.point_crs;
    if (m.point_crs != crs) {
      return core::fail(core::Error{
          .code = core::ErrorCode::kInvalidData,
          .message = fmt::format("comments are pinned in two CRSs ({} and {})", crs, m.point_crs),
          .feature = std::to_string(m.id),
          .hint = "store every comment position in one CRS (EPSG:4326)"});
    }
  }
  return crs;
}

core::Error writeError(const std::string& path) {
  return core::Error{.code = core::ErrorCode::kIo,
                     .message = "cannot write the comments file",
                     .file = path,
                     .hint = "check that the folder exists and is writable"};
}

}  // namespace

core::Result<void> exportCommentsCsv(const std::vector<Comment>& comments,
                                     const std::string& path) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) return core::fail(writeError(path));
  out << "\xEF\xBB\xBF" << "id,text,topic,language,time_utc,crs,x,y\r\n";
  for (const auto& m : comments) out << csvRow(m);
  out.close();
  if (!out) return core::fail(writeError(path));
  core::logInfo("store", "exported {} comments to {}", comments.size(), path);
  return {};
}

core::Result<core::Layer> commentsLayer(const std::vector<Comment>& comments) {
  auto crs = commonCrs(comments);
  if (!crs) return std::unexpected(crs.error());
  core::Layer layer;
  layer.name = "comments";
  layer.kind = core::GeometryKind::kPoint;
  if (!crs->empty()) {
    auto info = proj::describeCrs(*crs);
    if (!info) return std::unexpected(info.error());
    layer.crs_wkt = info->wkt;
    layer.crs_name = info->name;
    layer.epsg = info->epsg;
  }

  auto& table = layer.table;
  table.addField({"id", core::FieldType::kInteger});
  for (const char* name : {"text", "topic", "language", "time_utc"})
    table.addField({name, core::FieldType::kText});
  for (const auto& m : comments) {
    table.addRow({m.id, m.text, m.topic, m.language, m.created_utc});
    core::Geometry geometry;
    if (m.point) {
      geometry.kind = core::GeometryKind::kPoint;
      geometry.points.push_back(*m.point);
    }
    layer.geometries.push_back(std::move(geometry));
  }
  return layer;
}

core::Result<void> exportCommentsGpkg(const std::vector<Comment>& comments,
                                      const std::string& path) {
  auto layer = commentsLayer(comments);
  if (!layer) return std::unexpected(layer.error());
  if (auto ok = io::writeLayers({std::move(*layer)}, path); !ok) return ok;
  core::logInfo("store", "exported {} comments to {}", comments.size(), path);
  return {};
}

}  // namespace geo::store
