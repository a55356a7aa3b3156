#pragma once

// Records the resolution of a PNG image in the file itself: inserts a pHYs
// chunk (pixels per metre, unit = metre) right after IHDR, replacing any pHYs
// already there. Cairo's PNG writer does not write one, and without it page
// layout programs assume 72 or 96 dpi and print a 300 dpi exhibit four times
// too large. Pure function, thread safe.

#include <cstdint>
#include <vector>

#include "geo/core/error.h"

namespace geo::exhibit {

// Pixels per metre for a resolution in dots per inch, rounded: 300 dpi -> 11811.
std::uint32_t pixelsPerMetre(double dpi);

// Fails with ErrorCode::kInvalidData when `png` is not a PNG starting with IHDR.
core::Result<std::vector<std::uint8_t>> withResolution(const std::vector<std::uint8_t>& png,
                                                       double dpi);

}  // namespace geo::exhibit
