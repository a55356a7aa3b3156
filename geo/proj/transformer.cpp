#include "geo/proj/transformer.h"

#include <proj.h>

#include <cmath>
#include <string_view>

#include <fmt/format.h>

#include "geo/core/log.h"

namespace geo::proj {
namespace {

using geo::core::Error;
using geo::core::ErrorCode;
using geo::core::Geometry;
using geo::core::Result;
using geo::core::Vec2;

struct OperationChoice {
  std::string name;
  double accuracy_m = -1.0;
};

struct FactoryDeleter {
  void operator()(PJ_OPERATION_FACTORY_CONTEXT* factory) const {
    proj_operation_factory_context_destroy(factory);
  }
};
struct ListDeleter {
  void operator()(PJ_OBJ_LIST* list) const { proj_list_destroy(list); }
};

// When PROJ keeps several candidate operations and chooses per point, ask the
// operation factory for the same candidates (same filters as
// proj_create_crs_to_crs) and describe the best one.
OperationChoice describeCandidates(PJ_CONTEXT* context,
                                   const std::string& source,
                                   const std::string& target) {
  auto source_crs = createCrs(context, source);
  auto target_crs = createCrs(context, target);
  if (!source_crs || !target_crs) return {"unknown operation", -1.0};

  std::unique_ptr<PJ_OPERATION_FACTORY_CONTEXT, FactoryDeleter> factory(
      proj_create_operation_factory_context(context, nullptr));
  proj_operation_factory_context_set_spatial_criterion(
      context, factory.get(), PROJ_SPATIAL_CRITERION_PARTIAL_INTERSECTION);
  proj_operation_factory_context_set_grid_availability_use(
      context, factory.get(), PROJ_GRID_AVAILABILITY_DISCARD_OPERATION_IF_MISSING_GRID);
  std::unique_ptr<PJ_OBJ_LIST, ListDeleter> list(
      proj_create_operations(context, source_crs->get(), target_crs->get(), factory.get()));
  int count = list ? proj_list_get_count(list.get()) : 0;
  if (count == 0) return {"unknown operation", -1.0};

  PjPtr best(proj_list_get(context, list.get(), 0));
  const char* name = proj_get_name(best.get());
  return {fmt::format("{} (best of {} candidates; PROJ picks per point by area of use)",
                      name != nullptr ? name : "unnamed operation",
                      count),
          proj_coordoperation_get_accuracy(context, best.get())};
}

OperationChoice describeOperation(PJ_CONTEXT* context,
                                  PJ* operation,
                                  const std::string& source,
                                  const std::string& target) {
  // A PJ holding several alternatives has no single ISO object (type unknown).
  if (proj_get_type(operation) == PJ_TYPE_UNKNOWN) {
    return describeCandidates(context, source, target);
  }
  PJ_PROJ_INFO info = proj_pj_info(operation);
  const char* name = proj_get_name(operation);
  return {name != nullptr ? name : (info.description ? info.description : "unnamed"),
          info.accuracy};
}

void logChoice(const std::string& source_label,
               const std::string& target_label,
               const OperationChoice& choice) {
  std::string accuracy = choice.accuracy_m < 0 ? std::string("unknown accuracy")
                                               : fmt::format("accuracy {} m", choice.accuracy_m);
  if (choice.name.find("Ballpark") != std::string::npos) {
    geo::core::logWarning("proj",
                          "transformation {} -> {}: {} ({}); a ballpark operation ignores the "
                          "datum shift and may be off by metres",
                          source_label,
                          target_label,
                          choice.name,
                          accuracy);
    return;
  }
  geo::core::logInfo("proj",
                     "transformation {} -> {}: {} ({})",
                     source_label,
                     target_label,
                     choice.name,
                     accuracy);
}

Error pointError(Vec2 point, std::string_view where, const Transformer& transformer) {
  return Error{
      .code = ErrorCode::kCrs,
      .message = fmt::format("{}({}, {}) cannot be transformed by '{}': it lies outside the "
                             "area where the CRS is defined",
                             where,
                             point.x,
                             point.y,
                             transformer.operationName()),
      .hint =
          "check that the layer's CRS is right (longitude first, in degrees) and that the "
          "target CRS covers the data"};
}

}  // namespace

Result<Transformer> Transformer::create(const std::string& source_crs,
                                        const std::string& target_crs) {
  Transformer transformer;
  transformer.context_ = makeContext();
  PJ_CONTEXT* context = transformer.context_.get();
  for (const std::string* crs : {&source_crs, &target_crs}) {
    auto checked = createCrs(context, *crs);
    if (!checked) return std::unexpected(checked.error());
  }

  PjPtr raw(proj_create_crs_to_crs(context, source_crs.c_str(), target_crs.c_str(), nullptr));
  PjPtr normalized(raw ? proj_normalize_for_visualization(context, raw.get()) : nullptr);
  std::string source_label = crsLabel(context, source_crs);
  std::string target_label = crsLabel(context, target_crs);
  if (!normalized) {
    return geo::core::fail(
        Error{.code = ErrorCode::kCrs,
              .message = fmt::format("PROJ finds no transformation from {} to {}: {}",
                                     source_label,
                                     target_label,
                                     lastProjError(context)),
              .hint = "choose another target CRS"});
  }

  OperationChoice choice = describeOperation(context, normalized.get(), source_crs, target_crs);
  logChoice(source_label, target_label, choice);
  transformer.operation_ = std::move(normalized);
  transformer.source_crs_ = source_crs;
  transformer.target_crs_ = target_crs;
  transformer.operation_name_ = std::move(choice.name);
  transformer.accuracy_m_ = choice.accuracy_m;
  return transformer;
}

Vec2 Transformer::forward(Vec2 point) {
  return transformPoint(point, true);
}
Vec2 Transformer::inverse(Vec2 point) {
  return transformPoint(point, false);
}

Result<void> Transformer::forward(std::vector<Vec2>& points) {
  return transformPoints(points, true);
}
Result<void> Transformer::inverse(std::vector<Vec2>& points) {
  return transformPoints(points, false);
}

Result<Geometry> Transformer::forward(const Geometry& geometry) {
  return transformGeometry(geometry, true);
}
Result<Geometry> Transformer::inverse(const Geometry& geometry) {
  return transformGeometry(geometry, false);
}

Vec2 Transformer::transformPoint(Vec2 point, bool forward) {
  PJ_COORD in = proj_coord(point.x, point.y, 0.0, 0.0);
  PJ_COORD out = proj_trans(operation_.get(), forward ? PJ_FWD : PJ_INV, in);
  if (!std::isfinite(out.xy.x) || !std::isfinite(out.xy.y)) {
    // PROJ reports failure as HUGE_VAL; keep that but clear the sticky error.
    proj_errno_reset(operation_.get());
    return {HUGE_VAL, HUGE_VAL};
  }
  return {out.xy.x, out.xy.y};
}

Result<void> Transformer::transformPoints(std::vector<Vec2>& points, bool forward) {
  for (std::size_t i = 0; i < points.size(); ++i) {
    Vec2 out = transformPoint(points[i], forward);
    if (!std::isfinite(out.x)) {
      return std::unexpected(pointError(points[i], fmt::format("point {} ", i), *this));
    }
    points[i] = out;
  }
  return {};
}

Result<Geometry> Transformer::transformGeometry(const Geometry& geometry, bool forward) {
  Geometry out = geometry;
  auto run = [&](std::vector<Vec2>& part, std::string where) -> Result<void> {
    auto done = transformPoints(part, forward);
    if (!done) done.error().message = where + ": " + done.error().message;
    return done;
  };

  if (auto done = run(out.points, "points"); !done) return std::unexpected(done.error());
  for (std::size_t i = 0; i < out.lines.size(); ++i) {
    auto done = run(out.lines[i], fmt::format("line {}", i));
    if (!done) return std::unexpected(done.error());
  }
  for (std::size_t p = 0; p < out.polygons.size(); ++p) {
    for (std::size_t r = 0; r < out.polygons[p].rings.size(); ++r) {
      auto done = run(out.polygons[p].rings[r], fmt::format("polygon {} ring {}", p, r));
      if (!done) return std::unexpected(done.error());
    }
  }
  return out;
}

}  // namespace geo::proj
