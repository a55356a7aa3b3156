#pragma once

// Colours: 8-bit sRGB with alpha, hex text, and CIELAB (D65 white) for
// perceptual interpolation and lightness checks. Pure functions, thread safe.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace geo::carto {

struct Rgba {
  std::uint8_t r = 0;
  std::uint8_t g = 0;
  std::uint8_t b = 0;
  std::uint8_t a = 255;

  friend bool operator==(const Rgba&, const Rgba&) = default;
};

// CIELAB: l in 0..100, a and b roughly -128..127.
struct Lab {
  double l = 0.0;
  double a = 0.0;
  double b = 0.0;
};

// "#rrggbb" when opaque, "#rrggbbaa" otherwise; lower case.
std::string toHex(Rgba color);

// Accepts "#rgb", "#rrggbb" or "#rrggbbaa" (the '#' is optional, any case);
// nullopt for anything else.
std::optional<Rgba> parseHex(std::string_view text);

Lab toLab(Rgba color);
// Out-of-gamut colours are clipped to sRGB; alpha is set to 255.
Rgba fromLab(const Lab& lab);

// Hue angle of a colour in CIELAB, degrees in [0, 360).
double labHueDegrees(const Lab& lab);

}  // namespace geo::carto
