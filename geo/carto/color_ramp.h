#pragma once

// Colour-blind-safe colour ramps for choropleth classes (METHODS.md section 11).
//
// Sequential ramps (ColorBrewer YlGnBu, YlOrRd, Blues, Purples, Greens; viridis,
// cividis) change lightness monotonically. Diverging ramps (ColorBrewer PuOr, BrBG,
// RdBu) have ends that are not a red/green pair. Each ramp stores the published
// colours of its largest palette as anchors, low values first; sampleRamp()
// interpolates between them in CIELAB, which keeps lightness monotonic. A bivariate
// 3x3 scheme serves "demographic share x service level" maps. The catalog is
// static and immutable: pointers returned here stay valid for the whole program
// and may be shared between threads.

#include <string_view>
#include <vector>

#include "geo/carto/color.h"

namespace geo::carto {

enum class RampKind { kSequential, kDiverging };

struct ColorRamp {
  std::string_view id;    // stable: "ylgnbu", "viridis", "puor", ...
  std::string_view name;  // display name: "Yellow-Green-Blue"
  RampKind kind = RampKind::kSequential;
  std::vector<Rgba> anchors;  // published colours, low values first
};

// Every built-in ramp, sequential ones first.
const std::vector<ColorRamp>& colorRamps();

// The ramp with this id, or nullptr.
const ColorRamp* findRamp(std::string_view id);

// `classes` colours, low values first. A sequential ramp spans all its anchors (the
// 9-class samples are exactly the published 9-class palette). A diverging ramp
// spans a middle part of its 11 anchors that widens with the class count, as the
// published smaller palettes do, so few classes do not get near-black ends; an odd
// count has the neutral midpoint in its middle class. One class gives the ramp's
// middle colour; zero or fewer classes give an empty vector.
// Limitation: palettes with fewer than 9 (sequential) or 11 (diverging) classes are
// interpolated in CIELAB, close to but not identical with ColorBrewer's published
// smaller palettes.
std::vector<Rgba> sampleRamp(const ColorRamp& ramp, int classes);

// Fill for features without a value ("No data"): a neutral light grey.
Rgba noDataColor();

// Bivariate 3x3 scheme (after Joshua Stevens' purple-blue scheme). first_class is
// the class of the first variable (e.g. demographic share, teal axis), second_class
// that of the second (e.g. service level, pink axis), each 0..2 from low to high;
// both high gives the darkest colour. Out-of-range classes are clamped to 0..2.
Rgba bivariateColor(int first_class, int second_class);

}  // namespace geo::carto
