#include "geo/io/text_encoding.h"

#include <cstdint>

#include <cpl_conv.h>
#include <cpl_string.h>

namespace geo::io {
namespace {

// Length of the UTF-8 sequence led by `lead`, or 0 if it cannot lead one.
int sequenceLength(std::uint8_t lead) {
  if (lead < 0x80) return 1;
  if (lead >= 0xC2 && lead <= 0xDF) return 2;
  if (lead >= 0xE0 && lead <= 0xEF) return 3;
  if (lead >= 0xF0 && lead <= 0xF4) return 4;
  return 0;
}

bool validSequence(const std::uint8_t* s, int length) {
  for (int i = 1; i < length; ++i) {
    if ((s[i] & 0xC0) != 0x80) return false;
  }
  if (length == 3 && s[0] == 0xE0 && s[1] < 0xA0) return false;   // overlong
  if (length == 3 && s[0] == 0xED && s[1] >= 0xA0) return false;  // surrogate
  if (length == 4 && s[0] == 0xF0 && s[1] < 0x90) return false;   // overlong
  if (length == 4 && s[0] == 0xF4 && s[1] >= 0x90) return false;  // above U+10FFFF
  return true;
}

}  // namespace

bool isValidUtf8(std::string_view text) {
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(text.data());
  std::size_t i = 0;
  while (i < text.size()) {
    int length = sequenceLength(bytes[i]);
    if (length == 0 || i + length > text.size()) return false;
    if (!validSequence(bytes + i, length)) return false;
    i += static_cast<std::size_t>(length);
  }
  return true;
}

std::string recodeToUtf8(std::string_view text, const char* encoding) {
  std::string input(text);
  char* recoded = CPLRecode(input.c_str(), encoding, CPL_ENC_UTF8);
  std::string out = recoded ? recoded : "";
  CPLFree(recoded);
  return out;
}

std::string ensureUtf8(std::string_view text) {
  if (isValidUtf8(text)) return std::string(text);
  return recodeToUtf8(text, kLegacyEncoding);
}

std::string_view stripBom(std::string_view text) {
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
  return text;
}

}  // namespace geo::io
