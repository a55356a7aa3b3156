#pragma once

// Error values for every operation that can fail on data or the environment.
// Nothing in geo/ throws across its public interface; functions return
// Result<T> = std::expected<T, Error>. An Error names what went wrong (code,
// message), where (file, layer, feature, field) and what the user can do (hint).

#include <expected>
#include <string>

namespace geo::core {

enum class ErrorCode {
  kIo,            // file missing, unreadable, not a format GDAL knows
  kParse,         // malformed JSON, CSV, recipe
  kInvalidData,   // values or keys that cannot be used as they are
  kCrs,           // missing, unknown or untransformable CRS
  kGeometry,      // geometry that cannot be repaired or used
  kNotFound,      // a named layer, field or feature does not exist
  kCancelled,     // the user cancelled a long operation
  kUnsupported,   // a valid request this version cannot do
};

struct Error {
  ErrorCode code = ErrorCode::kInvalidData;
  std::string message;  // what went wrong, one sentence
  std::string file;     // path of the file involved, if any
  std::string layer;    // layer name, if any
  std::string feature;  // feature id or key, if any
  std::string field;    // field or column name, if any
  std::string hint;     // what the user can try

  // One line for the status bar or stderr: "path: layer 'x': feature 7: message (hint)".
  std::string toString() const;
};

template <typename T>
using Result = std::expected<T, Error>;

// Shorthand for `return fail(ErrorCode::kIo, "cannot open", ...)` in adapters.
inline std::unexpected<Error> fail(ErrorCode code, std::string message) {
  return std::unexpected(Error{.code = code, .message = std::move(message)});
}
inline std::unexpected<Error> fail(Error error) { return std::unexpected(std::move(error)); }

const char* errorCodeName(ErrorCode code);

}  // namespace geo::core
