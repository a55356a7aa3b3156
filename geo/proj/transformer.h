#pragma once

// Transformer: converts coordinates from one CRS to another with PROJ.
//
// Axis order: always traditional GIS order on both sides, whatever the CRS
// definitions say: x = longitude or easting, y = latitude or northing. Angular
// coordinates are in degrees, projected ones in the target CRS's own unit
// (metres, US survey feet, ...).
//
// Choice of operation: PROJ picks the operation between the two CRSs (for
// datum changes it may pick among several, per point, by area of use). The
// name and accuracy of that choice are logged ("proj" category) when the
// Transformer is created and can be read back, so that a "ballpark" shift
// with unknown accuracy never goes unnoticed (METHODS.md §2). A ballpark
// operation is logged as a warning.
// Limitation: when PROJ chooses per point among several candidates, the
// recorded name and accuracy are those of the best candidate, which may not be
// the one used for every point.
//
// Failures: a point PROJ cannot transform (outside the CRS's domain, e.g. a
// latitude beyond ±90) gives a non-finite result; the Result-returning methods
// turn that into an ErrorCode::kCrs error naming the point.
//
// Thread safety: each Transformer owns its own PROJ context, so different
// threads may use different Transformers at the same time. One Transformer must
// not be used from two threads at once (PROJ keeps per-call state in it).
// Movable, not copyable.

#include <memory>
#include <string>
#include <vector>

#include "geo/core/error.h"
#include "geo/core/geometry.h"
#include "geo/proj/proj_handles.h"

namespace geo::proj {

class Transformer {
 public:
  // `source_crs` and `target_crs` in any form PROJ accepts: "EPSG:4269", WKT,
  // PROJJSON, a PROJ string. Fails with ErrorCode::kCrs when either CRS is
  // unknown or no operation between them exists.
  static geo::core::Result<Transformer> create(const std::string& source_crs,
                                               const std::string& target_crs);

  Transformer(Transformer&&) noexcept = default;
  Transformer& operator=(Transformer&&) noexcept = default;
  Transformer(const Transformer&) = delete;
  Transformer& operator=(const Transformer&) = delete;
  ~Transformer() = default;

  // One point; a point outside the domain comes back with non-finite x and y.
  geo::core::Vec2 forward(geo::core::Vec2 point);
  geo::core::Vec2 inverse(geo::core::Vec2 point);

  // In place. On failure names the first point that failed; the points before
  // it are transformed, the rest are left as they were.
  geo::core::Result<void> forward(std::vector<geo::core::Vec2>& points);
  geo::core::Result<void> inverse(std::vector<geo::core::Vec2>& points);

  // A transformed copy with every part and ring; fails as the vector forms do.
  geo::core::Result<geo::core::Geometry> forward(const geo::core::Geometry& geometry);
  geo::core::Result<geo::core::Geometry> inverse(const geo::core::Geometry& geometry);

  // The operation PROJ picked, e.g. "UTM zone 18N" or "Ballpark geographic offset
  // from NAD83 to WGS 84"; when PROJ chooses per point among several candidates
  // it is the best candidate's name followed by the number of candidates.
  const std::string& operationName() const { return operation_name_; }
  // Accuracy of that operation in metres; 0 for exact conversions, -1 unknown.
  double accuracyMetres() const { return accuracy_m_; }
  const std::string& sourceCrs() const { return source_crs_; }
  const std::string& targetCrs() const { return target_crs_; }

 private:
  Transformer() = default;

  geo::core::Vec2 transformPoint(geo::core::Vec2 point, bool forward);
  geo::core::Result<void> transformPoints(std::vector<geo::core::Vec2>& points, bool forward);
  geo::core::Result<geo::core::Geometry> transformGeometry(const geo::core::Geometry& geometry,
                                                           bool forward);

  ContextPtr context_;  // declared before operation_: destroyed after it
  PjPtr operation_;
  std::string source_crs_;
  std::string target_crs_;
  std::string operation_name_;
  double accuracy_m_ = -1.0;
};

}  // namespace geo::proj
