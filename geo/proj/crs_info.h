#pragma once

// Facts about a coordinate reference system that the analysis and the user
// interface need: its name, EPSG code, whether it is geographic, and the unit
// of its horizontal axes.

#include <string>

#include "geo/core/error.h"

namespace geo::proj {

struct CrsInfo {
  std::string name;              // e.g. "NAD83 / UTM zone 18N"
  std::string wkt;               // WKT2:2019 of the CRS, for Layer::crs_wkt
  int epsg = 0;                  // EPSG code when PROJ can identify one, else 0
  bool is_geographic = false;    // longitude/latitude in angular units
  std::string unit_name;         // unit of the horizontal axes: "metre", "US survey foot", "degree"
  double metres_per_unit = 0.0;  // 1 for metres, 0.3048006096... for US survey feet;
                                 // 0 for angular units (degrees are not a length)
};

// Describes `crs`, given in any form PROJ accepts ("EPSG:6434", WKT, PROJJSON,
// a PROJ string). For a compound CRS the horizontal part is described; for a
// bound CRS (one carrying +towgs84) its source CRS. The EPSG code is taken from
// the CRS's own identifier, else from PROJ's identification when PROJ is at
// least 90 % confident. Fails with ErrorCode::kCrs when PROJ cannot read `crs`.
// Thread safe (each call uses its own PROJ context).
geo::core::Result<CrsInfo> describeCrs(const std::string& crs);

}  // namespace geo::proj
