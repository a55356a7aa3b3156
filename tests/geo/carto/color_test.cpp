#include "geo/carto/color.h"

#include <gtest/gtest.h>

namespace geo::carto {
namespace {

TEST(Color, HexRoundTrips) {
  EXPECT_EQ(toHex(Rgba{0x1d, 0x91, 0xc0, 255}), "#1d91c0");
  EXPECT_EQ(toHex(Rgba{1, 2, 3, 4}), "#01020304");
  EXPECT_EQ(parseHex("#1D91c0"), (Rgba{0x1d, 0x91, 0xc0, 255}));
  EXPECT_EQ(parseHex("01020304"), (Rgba{1, 2, 3, 4}));
  EXPECT_EQ(parseHex("#fa0"), (Rgba{0xff, 0xaa, 0x00, 255}));
}

TEST(Color, MalformedHexIsRejected) {
  EXPECT_FALSE(parseHex(""));
  EXPECT_FALSE(parseHex("#12345"));
  EXPECT_FALSE(parseHex("#12345g"));
}

TEST(Color, LabOfWhiteBlackAndPrimaryRedMatchReferenceValues) {
  Lab white = toLab({255, 255, 255, 255});
  EXPECT_NEAR(white.l, 100.0, 0.01);
  EXPECT_NEAR(white.a, 0.0, 0.01);
  EXPECT_NEAR(toLab({0, 0, 0, 255}).l, 0.0, 1e-9);
  // sRGB red is L* 53.24, a* 80.09, b* 67.20 (D65).
  Lab red = toLab({255, 0, 0, 255});
  EXPECT_NEAR(red.l, 53.24, 0.05);
  EXPECT_NEAR(red.a, 80.09, 0.05);
  EXPECT_NEAR(red.b, 67.20, 0.05);
}

TEST(Color, LabRoundTripKeepsTheColor) {
  for (Rgba c :
       {Rgba{0x08, 0x1d, 0x58, 255}, Rgba{0xfd, 0xe7, 0x25, 255}, Rgba{0x7f, 0x3b, 0x08, 255}}) {
    EXPECT_EQ(fromLab(toLab(c)), c) << toHex(c);
  }
}

}  // namespace
}  // namespace geo::carto
