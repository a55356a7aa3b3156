#pragma once

// One CSV field as RFC 4180 writes it: text with a comma, double quote or line
// break (CR or LF) is enclosed in double quotes with embedded quotes doubled;
// any other text is returned unchanged. Bytes are copied as they are (UTF-8
// stays UTF-8). Pure function, thread safe.

#include <string>

namespace geo::io {

std::string csvField(const std::string& text);

}  // namespace geo::io
