#include "geo/io/gdal_support.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <mutex>

#include <cpl_error.h>
#include <cpl_string.h>
#include <gdal_priv.h>
#include <ogr_spatialref.h>

namespace geo::io::detail {
namespace {

void CPL_STDCALL captureHandler(CPLErr level, CPLErrorNum, const char* message) {
  auto* capture = static_cast<GdalErrorCapture*>(CPLGetErrorHandlerUserData());
  if (capture == nullptr || level == CE_Debug || level == CE_None) return;
  capture->add({.failure = level >= CE_Failure, .text = message ? message : ""});
}

// Column names the CSV driver tries for point coordinates, case-insensitively.
constexpr const char* kCsvOpenOptions[] = {
    "X_POSSIBLE_NAMES=lon,longitude,long,lng,x",
    "Y_POSSIBLE_NAMES=lat,latitude,y",
    "GEOM_POSSIBLE_NAMES=wkt,geometry,geom",
    "KEEP_GEOM_COLUMNS=YES",
};

}  // namespace

void ensureGdalRegistered() {
  static std::once_flag once;
  std::call_once(once, [] {
    // Silences GDAL's default stderr printing for threads without a capture.
    CPLSetErrorHandler(CPLQuietErrorHandler);
    GDALAllRegister();
  });
}

GdalErrorCapture::GdalErrorCapture() {
  ensureGdalRegistered();
  CPLErrorReset();
  CPLPushErrorHandlerEx(captureHandler, this);
}

GdalErrorCapture::~GdalErrorCapture() {
  CPLPopErrorHandler();
}

bool GdalErrorCapture::hasFailure() const {
  return std::ranges::any_of(messages_, [](const GdalMessage& m) { return m.failure; });
}

std::string GdalErrorCapture::lastFailure() const {
  for (auto it = messages_.rbegin(); it != messages_.rend(); ++it) {
    if (it->failure) return it->text;
  }
  if (!messages_.empty()) return messages_.back().text;
  return CPLGetLastErrorMsg();
}

void DatasetCloser::operator()(GDALDataset* dataset) const {
  GDALClose(dataset);
}

bool hasExtension(const std::string& path, const char* extension) {
  std::string ext = CPLGetExtension(path.c_str());
  std::ranges::transform(ext, ext.begin(), [](unsigned char c) { return std::tolower(c); });
  return ext == extension;
}

core::Result<DatasetPtr> openVector(const std::string& path,
                                    const std::string& encoding,
                                    GdalErrorCapture& capture) {
  CPLStringList options;
  if (hasExtension(path, "csv")) {
    for (const char* option : kCsvOpenOptions) options.AddString(option);
  }
  if (hasExtension(path, "shp") && !encoding.empty()) {
    options.SetNameValue("ENCODING", encoding.c_str());
  }

  GDALDataset* dataset =
      GDALDataset::Open(path.c_str(),
                        GDAL_OF_VECTOR | GDAL_OF_READONLY | GDAL_OF_VERBOSE_ERROR,
                        nullptr,
                        options.List(),
                        nullptr);
  if (dataset != nullptr) return DatasetPtr(dataset);
  return core::fail({
      .code = core::ErrorCode::kIo,
      .message = "cannot open as a vector data source: " + capture.lastFailure(),
      .file = path,
      .hint = "check the path; the file may be truncated or damaged; "
              "list supported formats with `ogrinfo --formats`",
  });
}

CrsInfo describeCrs(const OGRSpatialReference* layer_srs) {
  CrsInfo info;
  if (layer_srs == nullptr) return info;

  OGRSpatialReference srs(*layer_srs);
  const std::vector<int> data_mapping = layer_srs->GetDataAxisToSRSAxisMapping();
  srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
  // Drivers normally deliver x = easting/longitude already; a layer whose data
  // follows the authority's lat/lon order is swapped once while reading.
  info.swap_xy =
      srs.GetDataAxisToSRSAxisMapping() != data_mapping && data_mapping == std::vector<int>{1, 2};
  info.geographic = srs.IsGeographic() != 0;

  const char* wkt_options[] = {"FORMAT=WKT2_2019", nullptr};
  char* wkt = nullptr;
  if (srs.exportToWkt(&wkt, wkt_options) == OGRERR_NONE && wkt != nullptr) info.wkt = wkt;
  CPLFree(wkt);

  if (const char* name = srs.GetName()) info.name = name;
  const char* authority = srs.GetAuthorityName(nullptr);
  if (authority == nullptr || !EQUAL(authority, "EPSG")) {
    if (srs.AutoIdentifyEPSG() == OGRERR_NONE) authority = srs.GetAuthorityName(nullptr);
  }
  if (authority != nullptr && EQUAL(authority, "EPSG")) {
    if (const char* code = srs.GetAuthorityCode(nullptr)) info.epsg = std::atoi(code);
  }
  return info;
}

core::FieldType fieldTypeFromOgr(int ogr_field_type) {
  switch (static_cast<OGRFieldType>(ogr_field_type)) {
    case OFTString:
      return core::FieldType::kText;
    case OFTInteger:
    case OFTInteger64:
      return core::FieldType::kInteger;
    case OFTReal:
      return core::FieldType::kReal;
    case OFTDate:
      return core::FieldType::kDate;
    case OFTDateTime:
      return core::FieldType::kDateTime;
    default:
      return core::FieldType::kOther;
  }
}

}  // namespace geo::io::detail
