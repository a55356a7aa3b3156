#include "geo/ops/geos_ops.h"

#include <cmath>
#include <limits>
#include <string>

#include "geo/ops/geos_support.h"

namespace geo::ops {
namespace {

using detail::GeomPtr;
using detail::GeosContext;

core::Error indexedError(const GeosContext& context, const std::string& what, std::size_t i) {
  core::Error error = detail::geosError(context, what);
  error.feature = std::to_string(i);
  return error;
}

// Envelope-sorted matching of Voronoi cells to their generating sites.
std::vector<GeomPtr> cellsBySite(const GeosContext& context,
                                 const GEOSGeometry* diagram,
                                 const std::vector<core::Vec2>& sites) {
  GEOSContextHandle_t ctx = context.handle();
  std::vector<GeomPtr> by_site(sites.size());
  std::vector<GeomPtr> site_points;
  for (const core::Vec2& site : sites) site_points.push_back(detail::pointToGeos(context, site));
  const int cells = GEOSGetNumGeometries_r(ctx, diagram);
  for (int c = 0; c < cells; ++c) {
    const GEOSGeometry* cell = GEOSGetGeometryN_r(ctx, diagram, c);
    detail::PreparedPtr prepared = detail::prepare(context, cell);
    for (std::size_t k = 0; k < sites.size(); ++k) {
      if (by_site[k] || !GEOSPreparedCovers_r(ctx, prepared.get(), site_points[k].get())) continue;
      by_site[k] = detail::own(context, GEOSGeom_clone_r(ctx, cell));
      break;  // duplicates of this site keep an empty cell: the smallest index wins
    }
  }
  return by_site;
}

}  // namespace

core::Result<RepairedPolygons> makeValidPolygons(const std::vector<core::Geometry>& geometries) {
  GeosContext context;
  RepairedPolygons out;
  out.geometries.reserve(geometries.size());
  for (std::size_t i = 0; i < geometries.size(); ++i) {
    GeomPtr g = detail::toGeos(context, geometries[i]);
    if (!g) {
      out.geometries.push_back(geometries[i]);
      continue;
    }
    bool repaired = false;
    GeomPtr valid = detail::validPolygons(context, std::move(g), repaired);
    if (repaired) out.repaired.push_back(i);
    if (!valid || (repaired && GEOSisValid_r(context.handle(), valid.get()) != 1)) {
      out.unusable.push_back(i);
      out.geometries.push_back(core::Geometry{.kind = core::GeometryKind::kPolygon});
      continue;
    }
    out.geometries.push_back(repaired ? detail::polygonsFromGeos(context, valid.get())
                                      : geometries[i]);
  }
  return out;
}

core::Result<std::vector<core::Vec2>> pointsOnSurface(const std::vector<core::Geometry>& polygons) {
  GeosContext context;
  const double nan = std::numeric_limits<double>::quiet_NaN();
  std::vector<core::Vec2> points(polygons.size(), core::Vec2{nan, nan});
  for (std::size_t i = 0; i < polygons.size(); ++i) {
    GeomPtr g = detail::toGeos(context, polygons[i]);
    if (!g) continue;
    GeomPtr p = detail::own(context, GEOSPointOnSurface_r(context.handle(), g.get()));
    if (!p) return std::unexpected(indexedError(context, "point on surface failed", i));
    if (GEOSisEmpty_r(context.handle(), p.get())) continue;
    GEOSGeomGetX_r(context.handle(), p.get(), &points[i].x);
    GEOSGeomGetY_r(context.handle(), p.get(), &points[i].y);
  }
  return points;
}

core::Result<std::vector<std::ptrdiff_t>> coveringPolygon(
    const std::vector<core::Vec2>& points, const std::vector<core::Geometry>& polygons) {
  GeosContext context;
  std::vector<GeomPtr> geoms;
  std::vector<detail::PreparedPtr> prepared;
  for (const core::Geometry& polygon : polygons) {
    geoms.push_back(detail::toGeos(context, polygon));
    prepared.push_back(geoms.back() ? detail::prepare(context, geoms.back().get())
                                    : detail::PreparedPtr(nullptr, {context.handle()}));
  }
  detail::EnvelopeTree tree(context, geoms);

  std::vector<std::ptrdiff_t> owner(points.size(), -1);
  for (std::size_t p = 0; p < points.size(); ++p) {
    GeomPtr point = detail::pointToGeos(context, points[p]);
    for (std::size_t candidate : tree.query(point.get())) {
      if (GEOSPreparedCovers_r(context.handle(), prepared[candidate].get(), point.get()) != 1)
        continue;
      owner[p] = static_cast<std::ptrdiff_t>(candidate);
      break;  // candidates are sorted: the smallest covering index wins
    }
  }
  return owner;
}

core::Result<core::Geometry> bufferPoint(core::Vec2 centre,
                                         double radius_m,
                                         int quadrant_segments) {
  if (!(radius_m > 0.0) || !std::isfinite(radius_m))
    return core::fail(core::ErrorCode::kInvalidData, "buffer radius must be a positive number");
  GeosContext context;
  GeomPtr point = detail::pointToGeos(context, centre);
  GeomPtr disc = detail::own(
      context, GEOSBuffer_r(context.handle(), point.get(), radius_m, quadrant_segments));
  if (!disc) return std::unexpected(detail::geosError(context, "buffer failed"));
  return detail::polygonsFromGeos(context, disc.get());
}

core::Result<core::Geometry> unionPolygons(const std::vector<core::Geometry>& polygons) {
  GeosContext context;
  std::vector<GEOSGeometry*> parts;
  for (const core::Geometry& polygon : polygons)
    if (GeomPtr g = detail::toGeos(context, polygon)) parts.push_back(g.release());
  GeomPtr collection =
      detail::own(context,
                  GEOSGeom_createCollection_r(context.handle(),
                                              GEOS_GEOMETRYCOLLECTION,
                                              parts.data(),
                                              static_cast<unsigned>(parts.size())));
  GeomPtr merged = detail::own(context, GEOSUnaryUnion_r(context.handle(), collection.get()));
  if (!merged) return std::unexpected(detail::geosError(context, "union failed"));
  return detail::polygonsFromGeos(context, merged.get());
}

core::Result<std::vector<core::Geometry>> voronoiCells(const std::vector<core::Vec2>& sites,
                                                       const core::Geometry& clip) {
  if (sites.empty()) return std::vector<core::Geometry>{};
  if (sites.size() == 1) return std::vector<core::Geometry>{clip};
  GeosContext context;
  GEOSContextHandle_t ctx = context.handle();
  GeomPtr clip_geos = detail::toGeos(context, clip);
  if (!clip_geos) return core::fail(core::ErrorCode::kGeometry, "the study area is empty");

  std::vector<GEOSGeometry*> points;
  for (const core::Vec2& site : sites)
    points.push_back(detail::pointToGeos(context, site).release());
  GeomPtr multipoint =
      detail::own(context,
                  GEOSGeom_createCollection_r(
                      ctx, GEOS_MULTIPOINT, points.data(), static_cast<unsigned>(points.size())));
  GeomPtr diagram =
      detail::own(context, GEOSVoronoiDiagram_r(ctx, multipoint.get(), clip_geos.get(), 0.0, 0));
  if (!diagram) return std::unexpected(detail::geosError(context, "Voronoi diagram failed"));

  std::vector<GeomPtr> cells = cellsBySite(context, diagram.get(), sites);
  std::vector<core::Geometry> out(sites.size(),
                                  core::Geometry{.kind = core::GeometryKind::kPolygon});
  for (std::size_t k = 0; k < sites.size(); ++k) {
    if (!cells[k]) continue;
    GeomPtr clipped =
        detail::own(context, GEOSIntersection_r(ctx, cells[k].get(), clip_geos.get()));
    if (!clipped)
      return std::unexpected(indexedError(context, "clipping a Voronoi cell failed", k));
    out[k] = detail::polygonsFromGeos(context, clipped.get());
  }
  return out;
}

}  // namespace geo::ops
