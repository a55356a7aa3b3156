#pragma once

// Exporting the comments of a project (Comment, project_content.h) for use
// outside equimap: a CSV file for spreadsheets and a GeoPackage point layer
// for GIS.
//
// Both files hold one row per comment, in the given order, with the fields
// id, text, topic, language and time_utc (the comment's created_utc). Text is
// written as UTF-8 exactly as entered (accents, commas, quotes, line breaks).
// - CSV (RFC 4180, UTF-8 with a byte order mark so spreadsheets detect the
//   encoding): columns id,text,topic,language,time_utc,crs,x,y; x and y are
//   the pinned position in `crs` (longitude and latitude for "EPSG:4326"),
//   written with full precision; empty for comments without a position.
// - GeoPackage: one layer "comments" of points in the CRS of the pinned
//   comments (comments without a position get a null geometry). All pinned
//   comments must share one CRS, else kInvalidData; an unknown CRS fails
//   with kCrs.
// An existing file at `path` is replaced. Fails with kIo (with the path) when
// the file cannot be written. An empty list writes a file with no rows.
// Thread safe (no shared state).

#include <string>
#include <vector>

#include "geo/core/error.h"
#include "geo/core/layer.h"
#include "geo/store/project_content.h"

namespace geo::store {

core::Result<void> exportCommentsCsv(const std::vector<Comment>& comments,
                                     const std::string& path);
core::Result<void> exportCommentsGpkg(const std::vector<Comment>& comments,
                                      const std::string& path);

// The comments as a point layer named "comments" (fields as in the exports),
// also used to show them on the map. Fails like exportCommentsGpkg on CRSs.
core::Result<core::Layer> commentsLayer(const std::vector<Comment>& comments);

}  // namespace geo::store
