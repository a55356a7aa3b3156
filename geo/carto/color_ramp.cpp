#include "geo/carto/color_ramp.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace geo::carto {
namespace {

// Colours from space-separated hex codes ("ffffd9 edf8b1 ...").
std::vector<Rgba> fromHex(std::string_view codes) {
  std::vector<Rgba> colors;
  while (!codes.empty()) {
    std::size_t end = std::min(codes.find(' '), codes.size());
    if (end > 0) colors.push_back(parseHex(codes.substr(0, end)).value_or(Rgba{}));
    codes.remove_prefix(std::min(end + 1, codes.size()));
  }
  return colors;
}

// Published palette values: ColorBrewer 2.0 (Cynthia Brewer, Penn State; 9-class
// sequential and 11-class diverging palettes) and matplotlib's viridis and cividis
// sampled at ten even steps.
std::vector<ColorRamp> makeRamps() {
  using enum RampKind;
  return {
      {"ylgnbu",
       "Yellow-Green-Blue",
       kSequential,
       fromHex("ffffd9 edf8b1 c7e9b4 7fcdbb 41b6c4 1d91c0 225ea8 253494 081d58")},
      {"ylorrd",
       "Yellow-Orange-Red",
       kSequential,
       fromHex("ffffcc ffeda0 fed976 feb24c fd8d3c fc4e2a e31a1c bd0026 800026")},
      {"blues",
       "Blues",
       kSequential,
       fromHex("f7fbff deebf7 c6dbef 9ecae1 6baed6 4292c6 2171b5 08519c 08306b")},
      {"purples",
       "Purples",
       kSequential,
       fromHex("fcfbfd efedf5 dadaeb bcbddc 9e9ac8 807dba 6a51a3 54278f 3f007d")},
      {"greens",
       "Greens",
       kSequential,
       fromHex("f7fcf5 e5f5e0 c7e9c0 a1d99b 74c476 41ab5d 238b45 006d2c 00441b")},
      {"viridis",
       "Viridis",
       kSequential,
       fromHex("440154 482878 3e4989 31688e 26828e 1f9e89 35b779 6ece58 b5de2b fde725")},
      {"cividis",
       "Cividis",
       kSequential,
       fromHex("00224e 123570 3b496c 575d6d 707173 8a8779 a69d75 c4b56c e4cf5b fee838")},
      {"puor",
       "Orange-Purple",
       kDiverging,
       fromHex("7f3b08 b35806 e08214 fdb863 fee0b6 f7f7f7 d8daeb b2abd2 8073ac 542788 2d004b")},
      {"brbg",
       "Brown-Blue-Green",
       kDiverging,
       fromHex("543005 8c510a bf812d dfc27d f6e8c3 f5f5f5 c7eae5 80cdc1 35978f 01665e 003c30")},
      {"rdbu",
       "Red-Blue",
       kDiverging,
       fromHex("67001f b2182b d6604d f4a582 fddbc7 f7f7f7 d1e5f0 92c5de 4393c3 2166ac 053061")},
  };
}

// The colour at position t in [0, 1] along the anchors, interpolated in CIELAB.
Rgba colorAt(const std::vector<Rgba>& anchors, double t) {
  double position = std::clamp(t, 0.0, 1.0) * static_cast<double>(anchors.size() - 1);
  double nearest = std::round(position);
  if (std::abs(position - nearest) < 1e-9) return anchors[static_cast<std::size_t>(nearest)];

  auto index = static_cast<std::size_t>(std::floor(position));
  double fraction = position - static_cast<double>(index);

  Lab low = toLab(anchors[index]);
  Lab high = toLab(anchors[index + 1]);
  return fromLab(Lab{low.l + (high.l - low.l) * fraction,
                     low.a + (high.a - low.a) * fraction,
                     low.b + (high.b - low.b) * fraction});
}

// Part of a diverging ramp used for n classes: half of it for 3 classes, widening
// by a twentieth per class (9 classes drop only the two darkest ends of 11).
double divergingSpan(int classes) {
  return std::min(1.0, 0.5 + 0.05 * static_cast<double>(classes - 3));
}

}  // namespace

const std::vector<ColorRamp>& colorRamps() {
  static const std::vector<ColorRamp> ramps = makeRamps();
  return ramps;
}

const ColorRamp* findRamp(std::string_view id) {
  const std::vector<ColorRamp>& ramps = colorRamps();
  auto it =
      std::find_if(ramps.begin(), ramps.end(), [&](const ColorRamp& r) { return r.id == id; });
  return it == ramps.end() ? nullptr : &*it;
}

std::vector<Rgba> sampleRamp(const ColorRamp& ramp, int classes) {
  if (classes <= 0 || ramp.anchors.empty()) return {};
  if (classes == 1) return {colorAt(ramp.anchors, 0.5)};

  double span = ramp.kind == RampKind::kDiverging ? divergingSpan(classes) : 1.0;
  double start = 0.5 - span / 2.0;
  std::vector<Rgba> colors;
  for (int i = 0; i < classes; ++i) {
    double t = start + span * static_cast<double>(i) / static_cast<double>(classes - 1);
    colors.push_back(colorAt(ramp.anchors, t));
  }
  return colors;
}

Rgba noDataColor() {
  return Rgba{200, 200, 200, 255};
}

Rgba bivariateColor(int first_class, int second_class) {
  // Rows: second variable low to high; columns: first variable low to high.
  static const std::array<std::array<Rgba, 3>, 3> kCells = {{
      {*parseHex("e8e8e8"), *parseHex("ace4e4"), *parseHex("5ac8c8")},
      {*parseHex("dfb0d6"), *parseHex("a5add3"), *parseHex("5698b9")},
      {*parseHex("be64ac"), *parseHex("8c62aa"), *parseHex("3b4994")},
  }};
  auto row = static_cast<std::size_t>(std::clamp(second_class, 0, 2));
  auto column = static_cast<std::size_t>(std::clamp(first_class, 0, 2));
  return kCells[row][column];
}

}  // namespace geo::carto
