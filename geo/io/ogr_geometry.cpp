#include "geo/io/ogr_geometry.h"

#include <memory>

#include <cpl_error.h>
#include <ogr_geometry.h>

namespace geo::io::detail {
namespace {

using GeometryPtr = std::unique_ptr<OGRGeometry>;

struct PartCollector {
  bool swap_xy = false;
  core::Geometry* out = nullptr;

  core::Vec2 vertex(const OGRSimpleCurve& curve, int i) const {
    core::Vec2 v{curve.getX(i), curve.getY(i)};
    return swap_xy ? core::Vec2{v.y, v.x} : v;
  }

  std::vector<core::Vec2> vertices(const OGRSimpleCurve& curve) const {
    std::vector<core::Vec2> points;
    points.reserve(static_cast<std::size_t>(curve.getNumPoints()));
    for (int i = 0; i < curve.getNumPoints(); ++i) points.push_back(vertex(curve, i));
    return points;
  }

  void addPolygon(const OGRPolygon& polygon) const {
    core::Polygon result;
    for (const OGRLinearRing* ring : polygon) {
      core::Ring vertices_open = vertices(*ring);
      if (vertices_open.size() > 1 && vertices_open.front() == vertices_open.back()) {
        vertices_open.pop_back();
      }
      if (vertices_open.size() >= 3) result.rings.push_back(std::move(vertices_open));
    }
    if (!result.rings.empty()) out->polygons.push_back(std::move(result));
  }

  void add(const OGRGeometry& geometry) const {
    if (geometry.IsEmpty()) return;
    switch (wkbFlatten(geometry.getGeometryType())) {
      case wkbPoint: {
        const auto* p = geometry.toPoint();
        out->points.push_back(swap_xy ? core::Vec2{p->getY(), p->getX()}
                                      : core::Vec2{p->getX(), p->getY()});
        return;
      }
      case wkbLineString:
      case wkbLinearRing:
        out->lines.push_back(vertices(*geometry.toSimpleCurve()));
        return;
      case wkbPolygon:
        addPolygon(*geometry.toPolygon());
        return;
      case wkbMultiPoint:
      case wkbMultiLineString:
      case wkbMultiPolygon:
      case wkbGeometryCollection:
        for (const OGRGeometry* part : *geometry.toGeometryCollection()) add(*part);
        return;
      default:
        return;
    }
  }
};

bool hasPolygonParts(const OGRGeometry& geometry) {
  switch (wkbFlatten(geometry.getGeometryType())) {
    case wkbPolygon:
    case wkbMultiPolygon:
      return true;
    case wkbGeometryCollection:
      for (const OGRGeometry* part : *geometry.toGeometryCollection()) {
        if (hasPolygonParts(*part)) return true;
      }
      return false;
    default:
      return false;
  }
}

// Repairs an invalid polygonal geometry; null when GEOS cannot make it valid.
GeometryPtr repairPolygons(const OGRGeometry& geometry, std::string& reason) {
  CPLErrorReset();
  GeometryPtr repaired(geometry.MakeValid());
  if (repaired == nullptr || !repaired->IsValid()) {
    reason = CPLGetLastErrorMsg();
    if (reason.empty()) reason = "MakeValid did not return a valid geometry";
    return nullptr;
  }
  return repaired;
}

}  // namespace

ConvertedGeometry convertGeometry(const OGRGeometry* geometry, bool swap_xy) {
  ConvertedGeometry result;
  if (geometry == nullptr) {
    result.outcome = GeometryOutcome::kNull;
    return result;
  }
  if (geometry->IsEmpty()) {
    result.outcome = GeometryOutcome::kEmpty;
    return result;
  }

  GeometryPtr linear(geometry->hasCurveGeometry() ? geometry->getLinearGeometry()
                                                  : geometry->clone());
  if (linear == nullptr) {
    result.outcome = GeometryOutcome::kUnusable;
    result.reason = "curved geometry could not be linearised";
    return result;
  }

  const bool polygonal = hasPolygonParts(*linear);
  if (polygonal && !linear->IsValid()) {
    linear = repairPolygons(*linear, result.reason);
    result.outcome = linear ? GeometryOutcome::kRepaired : GeometryOutcome::kUnusable;
    if (!linear) return result;
  }

  PartCollector{.swap_xy = swap_xy, .out = &result.geometry}.add(*linear);
  if (result.outcome == GeometryOutcome::kRepaired) {
    // A repair may leave collapsed slivers as lines or points; only areas count.
    result.geometry.points.clear();
    result.geometry.lines.clear();
    if (result.geometry.polygons.empty()) {
      result.outcome = GeometryOutcome::kUnusable;
      result.reason = "the repair left no area";
    }
  }
  if (result.outcome == GeometryOutcome::kOk && result.geometry.empty()) {
    result.outcome = GeometryOutcome::kEmpty;
  }
  return result;
}

}  // namespace geo::io::detail
