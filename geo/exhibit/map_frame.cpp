#include "geo/exhibit/map_frame.h"

#include <array>
#include <cmath>
#include <numbers>

#include "geo/proj/transformer.h"

namespace geo::exhibit {
namespace {

constexpr double kGrs80A = 6378137.0;
constexpr double kGrs80E2 = 0.00669438002290;
constexpr double kDegree = std::numbers::pi / 180.0;
constexpr double kMetresPerFoot = 0.3048;
constexpr double kMetresPerMile = 1609.344;

// Limitation: longitude/latitude are taken in WGS 84, not in the display CRS's own
// datum, so PROJ may add a datum shift of a few metres; it moves the point, not the
// local scale or the direction of north, by any amount a printed map can show.
core::Result<proj::Transformer> toLonLat(const std::string& display_crs) {
  return proj::Transformer::create(display_crs, "EPSG:4326");
}

bool finite(core::Vec2 p) {
  return std::isfinite(p.x) && std::isfinite(p.y);
}

core::Error outside(const std::string& crs) {
  return core::Error{.code = core::ErrorCode::kCrs,
                     .message = "the map centre cannot be converted to longitude/latitude",
                     .hint = "check the display CRS (" + crs + ")"};
}

// Largest 1, 2 or 5 x 10^k not above `limit` (limit > 0).
double roundDown(double limit) {
  const double power = std::pow(10.0, std::floor(std::log10(limit)));
  for (double step : {5.0, 2.0, 1.0})
    if (step * power <= limit * (1 + 1e-12)) return step * power;
  return power;
}

}  // namespace

MapFrame fitFrame(const core::Box& extent_in, const core::Box& page_box) {
  core::Box extent = extent_in;
  if (extent.empty()) extent = {-1, -1, 1, 1};
  const core::Vec2 c = extent.center();
  double w = std::max(extent.width(), 1e-9), h = std::max(extent.height(), 1e-9);
  const double page_aspect = page_box.width() / page_box.height();
  if (w / h < page_aspect)
    w = h * page_aspect;
  else
    h = w / page_aspect;
  return MapFrame{.page_box = page_box,
                  .extent = {c.x - w / 2, c.y - h / 2, c.x + w / 2, c.y + h / 2},
                  .points_per_unit = page_box.width() / w};
}

core::Result<double> groundMetresPerUnit(const std::string& display_crs, core::Vec2 centre) {
  auto transformer = toLonLat(display_crs);
  if (!transformer) return std::unexpected(transformer.error());
  const double step = 10.0;  // display units: short enough to be local, long enough for doubles
  const core::Vec2 a = transformer->forward(centre);
  const core::Vec2 b = transformer->forward({centre.x + step, centre.y});
  if (!finite(a) || !finite(b)) return std::unexpected(outside(display_crs));

  // Local ellipsoid radii of curvature: meridian (M) and prime vertical (N).
  const double phi = (a.y + b.y) / 2 * kDegree;
  const double w = 1 - kGrs80E2 * std::sin(phi) * std::sin(phi);
  const double m = kGrs80A * (1 - kGrs80E2) / std::pow(w, 1.5);
  const double n = kGrs80A / std::sqrt(w);
  const double north_m = m * (b.y - a.y) * kDegree;
  const double east_m = n * std::cos(phi) * (b.x - a.x) * kDegree;
  return std::hypot(north_m, east_m) / step;
}

core::Result<ScaleBar> scaleBar(const std::string& display_crs,
                                const MapFrame& frame,
                                ScaleUnits units,
                                double max_length_pt) {
  auto metres_per_unit = groundMetresPerUnit(display_crs, frame.extent.center());
  if (!metres_per_unit) return std::unexpected(metres_per_unit.error());
  const double metres_per_pt = *metres_per_unit / frame.points_per_unit;
  const double max_m = max_length_pt * metres_per_pt;

  const bool metric = units == ScaleUnits::kMetric;
  const double big = metric ? 1000.0 : kMetresPerMile, small = metric ? 1.0 : kMetresPerFoot;
  ScaleBar bar;
  bar.unit = metric ? "km" : "mi";
  double unit_m = big;
  if (max_m < big) bar.unit = metric ? "m" : "ft", unit_m = small;
  bar.length_units = roundDown(max_m / unit_m);
  bar.length_pt = bar.length_units * unit_m / metres_per_pt;
  const double leading =
      bar.length_units / std::pow(10.0, std::floor(std::log10(bar.length_units)));
  bar.segments = leading > 4.5 ? 5 : (leading > 1.5 ? 4 : 2);
  return bar;
}

core::Result<double> northAngle(const std::string& display_crs, core::Vec2 centre) {
  auto transformer = toLonLat(display_crs);
  if (!transformer) return std::unexpected(transformer.error());
  const core::Vec2 lonlat = transformer->forward(centre);
  if (!finite(lonlat)) return std::unexpected(outside(display_crs));
  // About 100 m north; near the pole step south-to-centre instead.
  const double dlat = lonlat.y > 89.0 ? -0.001 : 0.001;
  const core::Vec2 north = transformer->inverse({lonlat.x, lonlat.y + dlat});
  if (!finite(north)) return std::unexpected(outside(display_crs));
  const double dx = (north.x - centre.x) * (dlat > 0 ? 1 : -1);
  const double dy = (north.y - centre.y) * (dlat > 0 ? 1 : -1);
  return std::atan2(dx, dy);
}

}  // namespace geo::exhibit
