#include "geo/carto/symbol_size.h"

#include <gtest/gtest.h>

namespace geo::carto {
namespace {

// Worked example of symbol_size.h: areas 36, 252, 468, 684, 900 px^2 (equal
// steps of 216), so diameters sqrt(36) .. sqrt(900).
TEST(SymbolSize, FiveClassesFromSixToThirtyPixelsGrowInEqualStepsOfArea) {
  const auto sizes = graduatedSizes(5, 6.0, 30.0);
  ASSERT_EQ(sizes.size(), 5u);
  EXPECT_DOUBLE_EQ(sizes[0], 6.0);
  EXPECT_NEAR(sizes[1], 15.874507866, 1e-9);
  EXPECT_NEAR(sizes[2], 21.633307653, 1e-9);
  EXPECT_NEAR(sizes[3], 26.153393661, 1e-9);
  EXPECT_DOUBLE_EQ(sizes[4], 30.0);
  for (std::size_t k = 1; k < sizes.size(); ++k)
    EXPECT_NEAR(sizes[k] * sizes[k] - sizes[k - 1] * sizes[k - 1], 216.0, 1e-9);
}

TEST(SymbolSize, OneClassGetsTheLargestSizeAndNoClassNone) {
  EXPECT_EQ(graduatedSizes(1, 6.0, 30.0), std::vector<double>{30.0});
  EXPECT_TRUE(graduatedSizes(0, 6.0, 30.0).empty());
}

}  // namespace
}  // namespace geo::carto
