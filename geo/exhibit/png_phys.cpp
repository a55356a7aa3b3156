#include "geo/exhibit/png_phys.h"

#include <zlib.h>

#include <array>
#include <cmath>
#include <cstring>

namespace geo::exhibit {
namespace {

constexpr std::array<std::uint8_t, 8> kSignature{0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
constexpr std::size_t kChunkOverhead = 12;  // length, type, CRC

void putBigEndian(std::vector<std::uint8_t>& out, std::uint32_t v) {
  for (int shift = 24; shift >= 0; shift -= 8) out.push_back(std::uint8_t(v >> shift));
}

std::uint32_t getBigEndian(const std::uint8_t* p) {
  return std::uint32_t(p[0]) << 24 | std::uint32_t(p[1]) << 16 | std::uint32_t(p[2]) << 8 | p[3];
}

std::vector<std::uint8_t> physChunk(std::uint32_t ppm) {
  std::vector<std::uint8_t> chunk;
  putBigEndian(chunk, 9);
  for (char c : {'p', 'H', 'Y', 's'}) chunk.push_back(std::uint8_t(c));
  putBigEndian(chunk, ppm);
  putBigEndian(chunk, ppm);
  chunk.push_back(1);  // unit: metre
  // The CRC covers the chunk type and data, not the length.
  const uLong crc = crc32(crc32(0L, Z_NULL, 0), chunk.data() + 4, 4 + 9);
  putBigEndian(chunk, std::uint32_t(crc));
  return chunk;
}

core::Error notPng() {
  return core::Error{.code = core::ErrorCode::kInvalidData,
                     .message = "the encoded image is not a well-formed PNG"};
}

}  // namespace

std::uint32_t pixelsPerMetre(double dpi) {
  return std::uint32_t(std::lround(dpi / 0.0254));
}

core::Result<std::vector<std::uint8_t>> withResolution(const std::vector<std::uint8_t>& png,
                                                       double dpi) {
  const std::size_t ihdr_end = kSignature.size() + kChunkOverhead + 13;
  if (png.size() < ihdr_end || std::memcmp(png.data(), kSignature.data(), kSignature.size()) != 0 ||
      std::memcmp(png.data() + 12, "IHDR", 4) != 0)
    return std::unexpected(notPng());

  std::vector<std::uint8_t> out(png.begin(), png.begin() + std::ptrdiff_t(ihdr_end));
  const auto phys = physChunk(pixelsPerMetre(dpi));
  out.insert(out.end(), phys.begin(), phys.end());

  // Copy the remaining chunks, dropping any earlier pHYs.
  for (std::size_t at = ihdr_end; at < png.size();) {
    if (at + kChunkOverhead > png.size()) return std::unexpected(notPng());
    const std::size_t size = kChunkOverhead + getBigEndian(png.data() + at);
    if (at + size > png.size()) return std::unexpected(notPng());
    if (std::memcmp(png.data() + at + 4, "pHYs", 4) != 0)
      out.insert(
          out.end(), png.begin() + std::ptrdiff_t(at), png.begin() + std::ptrdiff_t(at + size));
    at += size;
  }
  return out;
}

}  // namespace geo::exhibit
