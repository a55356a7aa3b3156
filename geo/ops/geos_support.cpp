#include "geo/ops/geos_support.h"

#include <algorithm>
#include <cstdarg>
#include <cstdio>

namespace geo::ops::detail {
namespace {

void onGeosError(const char* message, void* user_data) {
  static_cast<GeosContext*>(user_data)->setLastError(message ? message : "");
}

void onGeosNotice(const char* /*message*/, void* /*user_data*/) {}

GEOSGeometry* ringToGeos(GEOSContextHandle_t ctx, const core::Ring& ring) {
  std::vector<double> xy;
  xy.reserve((ring.size() + 1) * 2);
  for (const core::Vec2& p : ring) {
    xy.push_back(p.x);
    xy.push_back(p.y);
  }
  xy.push_back(ring.front().x);
  xy.push_back(ring.front().y);
  const auto count = static_cast<unsigned>(xy.size() / 2);
  GEOSCoordSequence* seq = GEOSCoordSeq_copyFromBuffer_r(ctx, xy.data(), count, 0, 0);
  return seq ? GEOSGeom_createLinearRing_r(ctx, seq) : nullptr;
}

GEOSGeometry* polygonToGeos(GEOSContextHandle_t ctx, const core::Polygon& polygon) {
  if (polygon.rings.empty() || polygon.rings[0].size() < 3) return nullptr;
  GEOSGeometry* shell = ringToGeos(ctx, polygon.rings[0]);
  if (shell == nullptr) return nullptr;
  std::vector<GEOSGeometry*> holes;
  for (std::size_t r = 1; r < polygon.rings.size(); ++r) {
    if (polygon.rings[r].size() < 3) continue;
    if (GEOSGeometry* hole = ringToGeos(ctx, polygon.rings[r])) holes.push_back(hole);
  }
  return GEOSGeom_createPolygon_r(ctx, shell, holes.data(), static_cast<unsigned>(holes.size()));
}

core::Ring ringFromGeos(GEOSContextHandle_t ctx, const GEOSGeometry* ring) {
  const GEOSCoordSequence* seq = GEOSGeom_getCoordSeq_r(ctx, ring);
  unsigned size = 0;
  if (seq == nullptr || !GEOSCoordSeq_getSize_r(ctx, seq, &size) || size < 4) return {};
  std::vector<double> xy(static_cast<std::size_t>(size) * 2);
  GEOSCoordSeq_copyToBuffer_r(ctx, seq, xy.data(), 0, 0);
  core::Ring out;
  out.reserve(size - 1);
  for (unsigned i = 0; i + 1 < size; ++i) out.push_back({xy[2 * i], xy[2 * i + 1]});
  return out;
}

void appendPolygons(GEOSContextHandle_t ctx, const GEOSGeometry* g, core::Geometry& out) {
  const int type = GEOSGeomTypeId_r(ctx, g);
  if (type == GEOS_POLYGON) {
    if (GEOSisEmpty_r(ctx, g)) return;
    core::Polygon polygon;
    polygon.rings.push_back(ringFromGeos(ctx, GEOSGetExteriorRing_r(ctx, g)));
    const int holes = GEOSGetNumInteriorRings_r(ctx, g);
    for (int h = 0; h < holes; ++h)
      polygon.rings.push_back(ringFromGeos(ctx, GEOSGetInteriorRingN_r(ctx, g, h)));
    if (!polygon.rings[0].empty()) out.polygons.push_back(std::move(polygon));
  } else if (type == GEOS_MULTIPOLYGON || type == GEOS_GEOMETRYCOLLECTION) {
    const int parts = GEOSGetNumGeometries_r(ctx, g);
    for (int i = 0; i < parts; ++i) appendPolygons(ctx, GEOSGetGeometryN_r(ctx, g, i), out);
  }
}

}  // namespace

GeosContext::GeosContext() : handle_(GEOS_init_r()) {
  GEOSContext_setErrorMessageHandler_r(handle_, onGeosError, this);
  GEOSContext_setNoticeMessageHandler_r(handle_, onGeosNotice, this);
}

GeosContext::~GeosContext() {
  GEOS_finish_r(handle_);
}

void GeomDeleter::operator()(GEOSGeometry* geometry) const {
  if (geometry) GEOSGeom_destroy_r(context, geometry);
}

void PreparedDeleter::operator()(const GEOSPreparedGeometry* prepared) const {
  if (prepared) GEOSPreparedGeom_destroy_r(context, prepared);
}

GeomPtr own(const GeosContext& context, GEOSGeometry* geometry) {
  return GeomPtr(geometry, GeomDeleter{context.handle()});
}

PreparedPtr prepare(const GeosContext& context, const GEOSGeometry* geometry) {
  return PreparedPtr(GEOSPrepare_r(context.handle(), geometry), PreparedDeleter{context.handle()});
}

GeomPtr toGeos(const GeosContext& context, const core::Geometry& geometry) {
  GEOSContextHandle_t ctx = context.handle();
  if (geometry.kind == core::GeometryKind::kPoint && !geometry.points.empty())
    return pointToGeos(context, geometry.points.front());
  std::vector<GEOSGeometry*> parts;
  for (const core::Polygon& polygon : geometry.polygons)
    if (GEOSGeometry* part = polygonToGeos(ctx, polygon)) parts.push_back(part);
  if (parts.empty()) return own(context, nullptr);
  return own(context,
             GEOSGeom_createCollection_r(
                 ctx, GEOS_MULTIPOLYGON, parts.data(), static_cast<unsigned>(parts.size())));
}

GeomPtr pointToGeos(const GeosContext& context, core::Vec2 point) {
  return own(context, GEOSGeom_createPointFromXY_r(context.handle(), point.x, point.y));
}

core::Geometry polygonsFromGeos(const GeosContext& context, const GEOSGeometry* geometry) {
  core::Geometry out;
  out.kind = core::GeometryKind::kPolygon;
  if (geometry) appendPolygons(context.handle(), geometry, out);
  return out;
}

core::Error geosError(const GeosContext& context, const std::string& what) {
  std::string message = what;
  if (!context.lastError().empty()) message += ": " + context.lastError();
  return core::Error{.code = core::ErrorCode::kGeometry,
                     .message = message,
                     .hint = "check the geometry for degenerate rings or huge coordinates"};
}

GeomPtr validPolygons(const GeosContext& context, GeomPtr geometry, bool& repaired) {
  repaired = false;
  if (!geometry) return geometry;
  GEOSContextHandle_t ctx = context.handle();
  if (GEOSisValid_r(ctx, geometry.get()) == 1) return geometry;
  repaired = true;
  GeomPtr fixed = own(context, GEOSMakeValid_r(ctx, geometry.get()));
  if (!fixed) return fixed;
  // MakeValid may return a collection with lines (collapsed parts): keep the polygons.
  core::Geometry polygons = polygonsFromGeos(context, fixed.get());
  return toGeos(context, polygons);
}

EnvelopeTree::EnvelopeTree(const GeosContext& context, const std::vector<GeomPtr>& geometries)
    : context_(context), tree_(GEOSSTRtree_create_r(context.handle(), 10)) {
  ids_.resize(geometries.size());
  for (std::size_t i = 0; i < geometries.size(); ++i) {
    ids_[i] = i;
    if (geometries[i]) GEOSSTRtree_insert_r(context.handle(), tree_, geometries[i].get(), &ids_[i]);
  }
}

EnvelopeTree::~EnvelopeTree() {
  GEOSSTRtree_destroy_r(context_.handle(), tree_);
}

std::vector<std::size_t> EnvelopeTree::query(const GEOSGeometry* query) const {
  std::vector<std::size_t> hits;
  auto collect = [](void* item, void* user) {
    static_cast<std::vector<std::size_t>*>(user)->push_back(*static_cast<std::size_t*>(item));
  };
  GEOSSTRtree_query_r(context_.handle(), tree_, query, collect, &hits);
  std::sort(hits.begin(), hits.end());
  return hits;
}

}  // namespace geo::ops::detail
