#include "geo/proj/crs_choice.h"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "geo/proj/crs_info.h"

namespace geo::proj {
namespace {

constexpr int kLastNorthAmericanZone = 23;  // zone 23 ends at longitude -48
constexpr double kNorthAmericaMinLatitude = 15.0;
constexpr int kNad83UtmBase = 26900;
constexpr int kWgs84UtmNorthBase = 32600;
constexpr int kWgs84UtmSouthBase = 32700;

int utmZone(double longitude) {
  double wrapped = std::fmod(longitude + 180.0, 360.0);
  if (wrapped < 0) wrapped += 360.0;
  return std::clamp(static_cast<int>(std::floor(wrapped / 6.0)) + 1, 1, 60);
}

}  // namespace

std::string chooseProjectedCrs(const geo::core::Box& lonlat_bounds) {
  geo::core::Vec2 centre =
      lonlat_bounds.empty() ? geo::core::Vec2{3.0, 0.0} : lonlat_bounds.center();
  int zone = utmZone(centre.x);
  int code = 0;
  if (zone <= kLastNorthAmericanZone && centre.y >= kNorthAmericaMinLatitude) {
    code = kNad83UtmBase + zone;
  } else if (centre.y >= 0.0) {
    code = kWgs84UtmNorthBase + zone;
  } else {
    code = kWgs84UtmSouthBase + zone;
  }
  return fmt::format("EPSG:{}", code);
}

geo::core::Result<double> metresPerUnit(const std::string& crs) {
  auto info = describeCrs(crs);
  if (!info) return std::unexpected(info.error());
  if (info->is_geographic || info->metres_per_unit <= 0.0) {
    return geo::core::fail(geo::core::Error{
        .code = geo::core::ErrorCode::kCrs,
        .message = fmt::format("{} has axes in {}, not a length", info->name, info->unit_name),
        .hint = "use a projected CRS in metres or feet for measurements"});
  }
  return info->metres_per_unit;
}

}  // namespace geo::proj
