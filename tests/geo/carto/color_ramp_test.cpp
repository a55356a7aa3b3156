#include "geo/carto/color_ramp.h"

#include <gtest/gtest.h>

#include <cmath>
#include <set>
#include <string>

namespace geo::carto {
namespace {

// Hue bands in CIELAB (degrees): reds and pinks around a* > 0, greens a* < 0 with
// yellowish-to-cyan b*. A red/green pair is what deuteranopes and protanopes confuse.
bool isReddish(double hue) {
  return hue >= 330.0 || hue <= 50.0;
}
bool isGreenish(double hue) {
  return hue >= 100.0 && hue <= 165.0;
}

TEST(ColorRamp, EveryRampIsFindableByItsId) {
  std::set<std::string_view> ids;
  for (const ColorRamp& ramp : colorRamps()) {
    EXPECT_TRUE(ids.insert(ramp.id).second) << ramp.id;
    EXPECT_EQ(findRamp(ramp.id), &ramp);
    std::size_t published = ramp.kind == RampKind::kDiverging ? 11u : 9u;
    EXPECT_GE(ramp.anchors.size(), published) << ramp.id;
    for (Rgba c : ramp.anchors) EXPECT_NE(c, Rgba{}) << ramp.id;  // every code parsed
  }
  for (const char* id : {"ylgnbu",
                         "ylorrd",
                         "blues",
                         "purples",
                         "greens",
                         "viridis",
                         "cividis",
                         "puor",
                         "brbg",
                         "rdbu"}) {
    EXPECT_NE(findRamp(id), nullptr) << id;
  }
  EXPECT_EQ(findRamp("rainbow"), nullptr);
}

TEST(ColorRamp, SequentialLightnessIsStrictlyMonotonicForThreeToNineClasses) {
  for (const ColorRamp& ramp : colorRamps()) {
    if (ramp.kind != RampKind::kSequential) continue;
    for (int classes = 3; classes <= 9; ++classes) {
      std::vector<Rgba> colors = sampleRamp(ramp, classes);
      ASSERT_EQ(colors.size(), static_cast<std::size_t>(classes));
      double direction = toLab(colors.back()).l - toLab(colors.front()).l;
      for (std::size_t i = 1; i < colors.size(); ++i) {
        double step = toLab(colors[i]).l - toLab(colors[i - 1]).l;
        EXPECT_GT(step * direction, 0.0) << ramp.id << " " << classes << " classes, step " << i;
      }
    }
  }
}

TEST(ColorRamp, NineClassSequentialSamplesAreThePublishedPalette) {
  std::vector<Rgba> blues = sampleRamp(*findRamp("blues"), 9);
  EXPECT_EQ(toHex(blues.front()), "#f7fbff");
  EXPECT_EQ(toHex(blues[4]), "#6baed6");
  EXPECT_EQ(toHex(blues.back()), "#08306b");
}

TEST(ColorRamp, DivergingEndsAreNotARedGreenPair) {
  for (const ColorRamp& ramp : colorRamps()) {
    if (ramp.kind != RampKind::kDiverging) continue;
    for (int classes = 3; classes <= 9; ++classes) {
      std::vector<Rgba> colors = sampleRamp(ramp, classes);
      double low = labHueDegrees(toLab(colors.front()));
      double high = labHueDegrees(toLab(colors.back()));
      bool red_green = (isReddish(low) && isGreenish(high)) || (isGreenish(low) && isReddish(high));
      EXPECT_FALSE(red_green) << ramp.id << " " << classes << ": hues " << low << ", " << high;
    }
  }
}

TEST(ColorRamp, HueCheckWouldCatchARedGreenPair) {
  EXPECT_TRUE(isReddish(labHueDegrees(toLab({0xd7, 0x30, 0x27, 255}))));   // RdYlGn red end
  EXPECT_TRUE(isGreenish(labHueDegrees(toLab({0x1a, 0x98, 0x50, 255}))));  // RdYlGn green end
}

TEST(ColorRamp, OddDivergingSamplesHaveTheNeutralMidpointInTheMiddle) {
  for (const char* id : {"puor", "brbg", "rdbu"}) {
    const ColorRamp& ramp = *findRamp(id);
    for (int classes : {3, 5, 7, 9}) {
      std::vector<Rgba> colors = sampleRamp(ramp, classes);
      EXPECT_EQ(colors[colors.size() / 2], ramp.anchors[5]) << id << " " << classes;
    }
  }
}

TEST(ColorRamp, DivergingLightnessPeaksInTheMiddle) {
  for (const char* id : {"puor", "brbg", "rdbu"}) {
    std::vector<Rgba> colors = sampleRamp(*findRamp(id), 9);
    for (std::size_t i = 1; i <= 4; ++i) {
      EXPECT_GT(toLab(colors[i]).l, toLab(colors[i - 1]).l) << id;
      EXPECT_GT(toLab(colors[8 - i]).l, toLab(colors[9 - i]).l) << id;
    }
  }
}

TEST(ColorRamp, SampleCountFollowsTheRequest) {
  const ColorRamp& ramp = *findRamp("viridis");
  EXPECT_TRUE(sampleRamp(ramp, 0).empty());
  EXPECT_EQ(sampleRamp(ramp, 1).size(), 1u);
  EXPECT_EQ(sampleRamp(ramp, 12).size(), 12u);
}

TEST(ColorRamp, NoDataColorIsANeutralLightGrey) {
  Lab grey = toLab(noDataColor());
  EXPECT_GT(grey.l, 70.0);
  EXPECT_LT(grey.l, 90.0);
  EXPECT_NEAR(grey.a, 0.0, 1.0);
  EXPECT_NEAR(grey.b, 0.0, 1.0);
}

TEST(BivariateScheme, DarkensAlongBothAxes) {
  for (int a = 0; a < 3; ++a) {
    for (int b = 1; b < 3; ++b) {
      EXPECT_LT(toLab(bivariateColor(a, b)).l, toLab(bivariateColor(a, b - 1)).l);
      EXPECT_LT(toLab(bivariateColor(b, a)).l, toLab(bivariateColor(b - 1, a)).l);
    }
  }
  std::set<std::string> distinct;
  for (int a = 0; a < 3; ++a) {
    for (int b = 0; b < 3; ++b) distinct.insert(toHex(bivariateColor(a, b)));
  }
  EXPECT_EQ(distinct.size(), 9u);
  EXPECT_EQ(bivariateColor(5, -1), bivariateColor(2, 0));
}

}  // namespace
}  // namespace geo::carto
