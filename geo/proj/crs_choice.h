#pragma once

// Choosing a projected analysis CRS in metres for a study area, so that areas,
// distances and buffers are never computed in degrees (METHODS.md §2).

#include <string>

#include "geo/core/error.h"
#include "geo/core/geometry.h"

namespace geo::proj {

// The UTM zone of the centre of `lonlat_bounds` (longitude/latitude in degrees,
// x = longitude), as an "EPSG:nnnnn" string:
//  - NAD83 / UTM zone nN (EPSG:26901..26923) for zones 1-23 (longitude -180
//    to -48, North America's range) when the centre's latitude is at least
//    15° N, which keeps South America (north coast near 12° N) out;
//  - otherwise WGS 84 / UTM zone nN (EPSG:32601..32660) in the northern
//    hemisphere and zone nS (EPSG:32701..32760) in the southern one.
// Hartford (lon -72.7, lat 41.76) gives EPSG:26918. The centre's longitude is
// wrapped into [-180, 180). An empty box gives zone 31N of WGS 84 (the centre of
// an empty box is not defined; callers should not rely on it).
// Limitation: the Norway and Svalbard exceptions of the UTM grid are not applied.
// Limitation: a study area much wider than 6° of longitude gets a zone whose
// scale error grows towards its edges; a custom projection would suit it better.
std::string chooseProjectedCrs(const geo::core::Box& lonlat_bounds);

// Metres per unit of the horizontal axes of `crs` (1 for metres,
// 0.30480060960121924 for US survey feet). Fails with ErrorCode::kCrs for an
// unknown CRS and for a geographic CRS, whose degrees are not a length.
geo::core::Result<double> metresPerUnit(const std::string& crs);

}  // namespace geo::proj
