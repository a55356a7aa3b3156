#pragma once

// Graduated point symbols: the diameter of each class's symbol.
//
// Class k of n (0 = lowest values) gets the diameter
//   d_k = sqrt(d_min^2 + (d_max^2 - d_min^2) * k / (n - 1)),
// so the symbol's AREA grows in equal steps from the smallest class (d_min)
// to the largest (d_max): readers compare circles by area, not by diameter.
// One class gets d_max; no class gives an empty vector. Sizes are in the
// caller's unit (logical pixels on screen). Worked example: 5 classes from
// 6 to 30 px give 6, 15.87, 21.63, 26.15 and 30 px. Pure, thread safe.

#include <cstddef>
#include <vector>

namespace geo::carto {

std::vector<double> graduatedSizes(std::size_t classes, double min_size, double max_size);

}  // namespace geo::carto
