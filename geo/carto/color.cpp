#include "geo/carto/color.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <numbers>

#include <fmt/format.h>

namespace geo::carto {
namespace {

// D65 reference white.
constexpr double kWhiteX = 0.95047;
constexpr double kWhiteY = 1.0;
constexpr double kWhiteZ = 1.08883;

double toLinear(std::uint8_t channel) {
  double c = channel / 255.0;
  return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

std::uint8_t fromLinear(double linear) {
  double c = linear <= 0.0031308 ? 12.92 * linear : 1.055 * std::pow(linear, 1.0 / 2.4) - 0.055;
  return static_cast<std::uint8_t>(std::lround(std::clamp(c, 0.0, 1.0) * 255.0));
}

double labF(double t) {
  constexpr double kDelta = 6.0 / 29.0;
  return t > kDelta * kDelta * kDelta ? std::cbrt(t) : t / (3 * kDelta * kDelta) + 4.0 / 29.0;
}

double labFInverse(double t) {
  constexpr double kDelta = 6.0 / 29.0;
  return t > kDelta ? t * t * t : 3 * kDelta * kDelta * (t - 4.0 / 29.0);
}

std::optional<int> hexDigit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return std::nullopt;
}

}  // namespace

std::string toHex(Rgba color) {
  if (color.a == 255) return fmt::format("#{:02x}{:02x}{:02x}", color.r, color.g, color.b);
  return fmt::format("#{:02x}{:02x}{:02x}{:02x}", color.r, color.g, color.b, color.a);
}

std::optional<Rgba> parseHex(std::string_view text) {
  if (!text.empty() && text.front() == '#') text.remove_prefix(1);
  if (text.size() != 3 && text.size() != 6 && text.size() != 8) return std::nullopt;

  std::uint8_t channels[4] = {0, 0, 0, 255};
  std::size_t width = text.size() == 3 ? 1 : 2;
  for (std::size_t i = 0; i * width < text.size(); ++i) {
    int value = 0;
    for (std::size_t k = 0; k < width; ++k) {
      std::optional<int> digit = hexDigit(text[i * width + k]);
      if (!digit) return std::nullopt;
      value = value * 16 + *digit;
    }
    channels[i] = static_cast<std::uint8_t>(width == 1 ? value * 17 : value);
  }
  return Rgba{channels[0], channels[1], channels[2], channels[3]};
}

Lab toLab(Rgba color) {
  double r = toLinear(color.r);
  double g = toLinear(color.g);
  double b = toLinear(color.b);
  double x = 0.4124564 * r + 0.3575761 * g + 0.1804375 * b;
  double y = 0.2126729 * r + 0.7151522 * g + 0.0721750 * b;
  double z = 0.0193339 * r + 0.1191920 * g + 0.9503041 * b;

  double fx = labF(x / kWhiteX);
  double fy = labF(y / kWhiteY);
  double fz = labF(z / kWhiteZ);
  return Lab{116.0 * fy - 16.0, 500.0 * (fx - fy), 200.0 * (fy - fz)};
}

Rgba fromLab(const Lab& lab) {
  double fy = (lab.l + 16.0) / 116.0;
  double x = kWhiteX * labFInverse(fy + lab.a / 500.0);
  double y = kWhiteY * labFInverse(fy);
  double z = kWhiteZ * labFInverse(fy - lab.b / 200.0);

  double r = 3.2404542 * x - 1.5371385 * y - 0.4985314 * z;
  double g = -0.9692660 * x + 1.8760108 * y + 0.0415560 * z;
  double b = 0.0556434 * x - 0.2040259 * y + 1.0572252 * z;
  return Rgba{fromLinear(r), fromLinear(g), fromLinear(b), 255};
}

double labHueDegrees(const Lab& lab) {
  double degrees = std::atan2(lab.b, lab.a) * 180.0 / std::numbers::pi;
  return degrees < 0.0 ? degrees + 360.0 : degrees;
}

}  // namespace geo::carto
