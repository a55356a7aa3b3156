#pragma once

// Text encoding helpers for attribute values. Every string handed out by
// geo/io is valid UTF-8; these functions decide and convert. Thread safe.

#include <string>
#include <string_view>

namespace geo::io {

// The encoding assumed for legacy text that is not valid UTF-8 and declares
// nothing else (shapefiles without .cpg, CSV exported by Excel on Windows).
inline constexpr const char* kLegacyEncoding = "CP1252";

// True when `text` is well-formed UTF-8 (no overlongs, no surrogates).
bool isValidUtf8(std::string_view text);

// Converts `text` from `encoding` (an iconv/CPLRecode name such as "CP1252" or
// "ISO-8859-1") to UTF-8 with GDAL's recoder (iconv). Bytes the source
// encoding does not define are handled as iconv does; never throws.
std::string recodeToUtf8(std::string_view text, const char* encoding);

// `text` if it is valid UTF-8, else its Windows-1252 decoding.
std::string ensureUtf8(std::string_view text);

// Removes a leading UTF-8 byte order mark, if any.
std::string_view stripBom(std::string_view text);

}  // namespace geo::io
