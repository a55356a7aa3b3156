#pragma once

// Internal to geo/io: the GDAL adapter's shared plumbing. Only .cpp files in
// geo/io include this header; GDAL types appear here as forward declarations
// only, so no GDAL header leaks out.
//
// GDAL is registered once per process (thread safe). GDAL's own error printing
// is switched off; GdalErrorCapture collects the messages GDAL raises on the
// calling thread while it is alive, so adapters can turn them into our errors
// and warnings.

#include <memory>
#include <string>
#include <vector>

#include "geo/core/error.h"
#include "geo/core/feature_table.h"

class GDALDataset;
class OGRSpatialReference;

namespace geo::io::detail {

void ensureGdalRegistered();

struct GdalMessage {
  bool failure = false;  // CE_Failure or CE_Fatal; otherwise a warning
  std::string text;
};

// Collects GDAL messages raised on this thread during its lifetime. Not copyable.
class GdalErrorCapture {
 public:
  GdalErrorCapture();
  ~GdalErrorCapture();
  GdalErrorCapture(const GdalErrorCapture&) = delete;
  GdalErrorCapture& operator=(const GdalErrorCapture&) = delete;

  const std::vector<GdalMessage>& messages() const { return messages_; }
  bool hasFailure() const;
  // The last failure message, else the last message, else CPLGetLastErrorMsg().
  std::string lastFailure() const;
  void add(GdalMessage message) { messages_.push_back(std::move(message)); }

 private:
  std::vector<GdalMessage> messages_;
};

struct DatasetCloser {
  void operator()(GDALDataset* dataset) const;
};
using DatasetPtr = std::unique_ptr<GDALDataset, DatasetCloser>;

// Opens `path` read-only as a vector source. CSV files get the open options
// that turn lon/lat or WKT columns into geometries (all columns stay text);
// `encoding` non-empty is passed to the shapefile driver as ENCODING.
// Fails with kIo carrying GDAL's reason, the path and a hint.
core::Result<DatasetPtr> openVector(const std::string& path,
                                    const std::string& encoding,
                                    GdalErrorCapture& capture);

struct CrsInfo {
  std::string wkt;       // WKT2_2019; empty when the layer has no CRS
  std::string name;      // e.g. "NAD83"
  int epsg = 0;          // 0 when not identified
  bool swap_xy = false;  // data is stored northing/latitude first and must be swapped
  bool geographic = false;  // longitude/latitude in degrees
};
CrsInfo describeCrs(const OGRSpatialReference* srs);

core::FieldType fieldTypeFromOgr(int ogr_field_type);
bool hasExtension(const std::string& path, const char* extension);

}  // namespace geo::io::detail
