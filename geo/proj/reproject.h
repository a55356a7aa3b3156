#pragma once

// Reprojection of a whole layer into another CRS.

#include <string>

#include "geo/core/error.h"
#include "geo/core/layer.h"

namespace geo::proj {

// A copy of `layer` (attributes, report, name, source path) with every
// geometry transformed into `target_crs` (any form PROJ accepts) in
// traditional GIS axis order, and crs_wkt, crs_name and epsg describing the
// target CRS. The transformation PROJ picked is logged (see Transformer).
//
// Fails with ErrorCode::kCrs when the layer has no CRS (the user must choose
// one; the CRS is never guessed), when the target is unknown, or when a point
// cannot be transformed (the error names the layer and feature row).
geo::core::Result<geo::core::Layer> reprojectLayer(const geo::core::Layer& layer,
                                                   const std::string& target_crs);

}  // namespace geo::proj
