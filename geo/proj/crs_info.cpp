#include "geo/proj/crs_info.h"

#include <proj.h>

#include <cstdlib>
#include <cstring>

#include "geo/proj/proj_handles.h"

namespace geo::proj {
namespace {

using geo::core::Result;

constexpr int kMinIdentifyConfidence = 90;

// The part of `crs` whose axes are the horizontal ones, or null when `crs` is it.
PjPtr horizontalPart(PJ_CONTEXT* context, PJ* crs) {
  switch (proj_get_type(crs)) {
    case PJ_TYPE_BOUND_CRS:
      return PjPtr(proj_get_source_crs(context, crs));
    case PJ_TYPE_COMPOUND_CRS:
      return PjPtr(proj_crs_get_sub_crs(context, crs, 0));
    default:
      return nullptr;
  }
}

int epsgCode(PJ_CONTEXT* context, PJ* crs) {
  const char* authority = proj_get_id_auth_name(crs, 0);
  if (authority != nullptr && std::strcmp(authority, "EPSG") == 0) {
    return std::atoi(proj_get_id_code(crs, 0));
  }

  // No identifier of its own (typical for WKT1 from a .prj file): ask PROJ.
  int* confidence = nullptr;
  PJ_OBJ_LIST* matches = proj_identify(context, crs, "EPSG", nullptr, &confidence);
  int code = 0;
  if (matches != nullptr && proj_list_get_count(matches) > 0 &&
      confidence[0] >= kMinIdentifyConfidence) {
    PjPtr best(proj_list_get(context, matches, 0));
    const char* text = best ? proj_get_id_code(best.get(), 0) : nullptr;
    code = text != nullptr ? std::atoi(text) : 0;
  }
  proj_int_list_destroy(confidence);
  proj_list_destroy(matches);
  return code;
}

void describeAxisUnit(PJ_CONTEXT* context, PJ* horizontal, CrsInfo& info) {
  PjPtr cs(proj_crs_get_coordinate_system(context, horizontal));
  if (!cs) return;
  double factor = 0.0;
  const char* unit_name = nullptr;
  if (!proj_cs_get_axis_info(
          context, cs.get(), 0, nullptr, nullptr, nullptr, &factor, &unit_name, nullptr, nullptr)) {
    return;
  }
  info.unit_name = unit_name != nullptr ? unit_name : "";
  info.metres_per_unit = info.is_geographic ? 0.0 : factor;
}

}  // namespace

Result<CrsInfo> describeCrs(const std::string& crs) {
  ContextPtr context = makeContext();
  auto object = createCrs(context.get(), crs);
  if (!object) return std::unexpected(object.error());
  PJ* pj = object->get();

  CrsInfo info;
  const char* name = proj_get_name(pj);
  info.name = name != nullptr ? name : "";
  const char* wkt = proj_as_wkt(context.get(), pj, PJ_WKT2_2019, nullptr);
  info.wkt = wkt != nullptr ? wkt : "";
  info.epsg = epsgCode(context.get(), pj);

  PjPtr part = horizontalPart(context.get(), pj);
  PJ* horizontal = part ? part.get() : pj;
  PJ_TYPE type = proj_get_type(horizontal);
  info.is_geographic = type == PJ_TYPE_GEOGRAPHIC_2D_CRS || type == PJ_TYPE_GEOGRAPHIC_3D_CRS;
  describeAxisUnit(context.get(), horizontal, info);
  return info;
}

}  // namespace geo::proj
