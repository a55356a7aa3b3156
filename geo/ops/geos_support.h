#pragma once

// Internal to geo/ops: the GEOS adapter's plumbing. Only .cpp files in geo/ops
// include this header (it includes the GEOS C API), so no GEOS type leaks into a
// public header. Every handle lives in an RAII owner bound to its context; GEOS
// messages raised on a context are kept so errors can carry GEOS's own text.
//
// Thread safety: a GeosContext belongs to one thread at a time (the reentrant
// *_r API); separate contexts may be used on separate threads.

#include <geos_c.h>

#include <memory>
#include <string>
#include <vector>

#include "geo/core/error.h"
#include "geo/core/geometry.h"

namespace geo::ops::detail {

class GeosContext {
 public:
  GeosContext();
  ~GeosContext();
  GeosContext(const GeosContext&) = delete;
  GeosContext& operator=(const GeosContext&) = delete;

  GEOSContextHandle_t handle() const { return handle_; }
  // The last error GEOS reported on this context ("" when none).
  const std::string& lastError() const { return last_error_; }
  void setLastError(std::string text) { last_error_ = std::move(text); }

 private:
  GEOSContextHandle_t handle_ = nullptr;
  std::string last_error_;
};

struct GeomDeleter {
  GEOSContextHandle_t context = nullptr;
  void operator()(GEOSGeometry* geometry) const;
};
using GeomPtr = std::unique_ptr<GEOSGeometry, GeomDeleter>;

struct PreparedDeleter {
  GEOSContextHandle_t context = nullptr;
  void operator()(const GEOSPreparedGeometry* prepared) const;
};
using PreparedPtr = std::unique_ptr<const GEOSPreparedGeometry, PreparedDeleter>;

GeomPtr own(const GeosContext& context, GEOSGeometry* geometry);
PreparedPtr prepare(const GeosContext& context, const GEOSGeometry* geometry);

// Polygonal or point core geometry to GEOS (rings are closed on the way).
// Null for an empty geometry or when GEOS refuses the rings.
GeomPtr toGeos(const GeosContext& context, const core::Geometry& geometry);
GeomPtr pointToGeos(const GeosContext& context, core::Vec2 point);
// The polygonal parts of a GEOS geometry (polygons, multipolygons, collections)
// as a core geometry of kind kPolygon; lines and points are dropped.
core::Geometry polygonsFromGeos(const GeosContext& context, const GEOSGeometry* geometry);

// An error carrying GEOS's last message on `context`.
core::Error geosError(const GeosContext& context, const std::string& what);

// Valid polygonal geometry: `geometry` itself when valid, else GEOS MakeValid's
// polygonal part. `repaired` is set when a repair happened. Null on failure.
GeomPtr validPolygons(const GeosContext& context, GeomPtr geometry, bool& repaired);

// A bulk-loaded STRtree over item envelopes; items are indices into the
// caller's vector. The geometries must outlive the tree.
class EnvelopeTree {
 public:
  EnvelopeTree(const GeosContext& context, const std::vector<GeomPtr>& geometries);
  ~EnvelopeTree();
  EnvelopeTree(const EnvelopeTree&) = delete;
  EnvelopeTree& operator=(const EnvelopeTree&) = delete;
  // Indices of items whose envelope intersects the envelope of `query`, sorted.
  std::vector<std::size_t> query(const GEOSGeometry* query) const;

 private:
  const GeosContext& context_;
  GEOSSTRtree* tree_ = nullptr;
  std::vector<std::size_t> ids_;  // stable storage the tree points into
};

}  // namespace geo::ops::detail
