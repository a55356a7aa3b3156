#include "geo/core/error.h"

namespace geo::core {

std::string Error::toString() const {
  std::string out;
  auto append = [&out](const std::string& part) {
    if (part.empty()) return;
    if (!out.empty()) out += ": ";
    out += part;
  };
  append(file);
  if (!layer.empty()) append("layer '" + layer + "'");
  if (!feature.empty()) append("feature " + feature);
  if (!field.empty()) append("field '" + field + "'");
  append(message);
  if (!hint.empty()) out += " (" + hint + ")";
  return out;
}

const char* errorCodeName(ErrorCode code) {
  switch (code) {
    case ErrorCode::kIo: return "io";
    case ErrorCode::kParse: return "parse";
    case ErrorCode::kInvalidData: return "invalid-data";
    case ErrorCode::kCrs: return "crs";
    case ErrorCode::kGeometry: return "geometry";
    case ErrorCode::kNotFound: return "not-found";
    case ErrorCode::kCancelled: return "cancelled";
    case ErrorCode::kUnsupported: return "unsupported";
  }
  return "unknown";
}

}  // namespace geo::core
