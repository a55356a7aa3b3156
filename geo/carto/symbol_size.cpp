#include "geo/carto/symbol_size.h"

#include <cmath>

namespace geo::carto {

std::vector<double> graduatedSizes(std::size_t classes, double min_size, double max_size) {
  if (classes == 0) return {};
  if (classes == 1) return {max_size};
  std::vector<double> sizes;
  sizes.reserve(classes);
  const double low = min_size * min_size;
  const double step = (max_size * max_size - low) / static_cast<double>(classes - 1);
  for (std::size_t k = 0; k < classes; ++k)
    sizes.push_back(std::sqrt(low + step * static_cast<double>(k)));
  return sizes;
}

}  // namespace geo::carto
