#include "geo/proj/proj_handles.h"

#include <proj.h>

#include <fmt/format.h>

namespace geo::proj {

using geo::core::Result;

namespace {

void discardProjLog(void*, int, const char*) {}

}  // namespace

void ContextDeleter::operator()(pj_ctx* context) const {
  proj_context_destroy(context);
}

void PjDeleter::operator()(PJconsts* object) const {
  proj_destroy(object);
}

ContextPtr makeContext() {
  ContextPtr context(proj_context_create());
  if (!context) return context;
  proj_log_func(context.get(), nullptr, discardProjLog);
  proj_context_set_enable_network(context.get(), 0);
  return context;
}

std::string lastProjError(pj_ctx* context) {
  int code = proj_context_errno(context);
  const char* text = code != 0 ? proj_context_errno_string(context, code) : nullptr;
  return text != nullptr ? std::string(text) : std::string("unknown PROJ error");
}

Result<PjPtr> createCrs(pj_ctx* context, const std::string& definition) {
  using geo::core::ErrorCode;
  if (definition.empty()) {
    return geo::core::fail(geo::core::Error{
        .code = ErrorCode::kCrs,
        .message = "no coordinate reference system was given",
        .hint = "choose a CRS, for example EPSG:4269 for NAD83 longitude/latitude"});
  }
  PjPtr crs(proj_create(context, definition.c_str()));
  if (!crs || !proj_is_crs(crs.get())) {
    return geo::core::fail(geo::core::Error{
        .code = ErrorCode::kCrs,
        .message = fmt::format("'{}' is not a CRS PROJ knows: {}",
                               definition.substr(0, 80),
                               crs ? "not a CRS" : lastProjError(context)),
        .hint = "use an EPSG code such as EPSG:26918, or the WKT from a .prj file"});
  }
  return crs;
}

std::string crsLabel(pj_ctx* context, const std::string& definition) {
  constexpr std::size_t kShortDefinition = 40;
  if (definition.size() <= kShortDefinition) return definition;
  PjPtr crs(proj_create(context, definition.c_str()));
  const char* name = crs ? proj_get_name(crs.get()) : nullptr;
  return name != nullptr ? std::string(name) : definition.substr(0, kShortDefinition) + "...";
}

}  // namespace geo::proj
