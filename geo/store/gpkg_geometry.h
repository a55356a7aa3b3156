#pragma once

// GeoPackage binary geometry (GeoPackage 1.3, clause 2.1.3): a "GP" header with
// version 0, little-endian flags, the srs_id and an XY envelope, followed by
// little-endian ISO WKB. Geometries are always written as their multi type
// (MULTIPOINT, MULTILINESTRING, MULTIPOLYGON) because core::Geometry is
// multi-part; rings are closed in WKB and opened again on reading.
// An empty Geometry encodes as an empty blob (stored as SQL NULL by callers).
// Pure functions, thread safe.

#include <cstdint>
#include <vector>

#include "geo/core/error.h"
#include "geo/core/geometry.h"

namespace geo::store {

std::vector<std::uint8_t> encodeGpkgGeometry(const core::Geometry& geometry, std::int32_t srs_id);

// Decodes a GeoPackage geometry blob (any byte order; envelope of any kind;
// single or multi point/line/polygon, or a geometry collection of them).
// Fails with kGeometry on a malformed blob or an unsupported WKB type.
core::Result<core::Geometry> decodeGpkgGeometry(const std::vector<std::uint8_t>& blob);

// SQL type name of the geometry column for a kind: "MULTIPOLYGON", ...
const char* gpkgGeometryTypeName(core::GeometryKind kind);

}  // namespace geo::store
