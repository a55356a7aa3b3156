#pragma once

// Legend layout: places every legend item inside an area of the page, never
// dropping one. Items run down a column and wrap into more columns when the
// area is too short; when even the columns do not fit across, the type shrinks
// in half-point steps down to LegendSpec::min_font_pt. If the legend still does
// not fit at the smallest size it is laid out anyway (overflowing the area),
// `fits` is false and a warning is logged ("exhibit" category).
//
// Text widths come from a caller-supplied measure, so the layout is pure and
// testable without a drawing surface. Coordinates are page points, y down.

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "geo/carto/color.h"
#include "geo/core/geometry.h"
#include "geo/exhibit/canvas.h"
#include "geo/exhibit/exhibit_template.h"

namespace geo::exhibit {

enum class LegendSymbol { kNone, kSwatch, kLine, kPoint };  // kNone = a heading

struct LegendItem {
  LegendSymbol symbol = LegendSymbol::kSwatch;
  carto::Rgba fill;
  carto::Rgba outline;
  double outline_pt = 0.0;  // line width of the outline or of a kLine symbol
  double point_pt = 0.0;    // diameter of a kPoint symbol
  std::string text;
};

using TextMeasure = std::function<double(std::string_view text, TextStyle style)>;

struct LegendLayout {
  double font_pt = 0.0;
  double row_pt = 0.0;     // height of one item
  double symbol_pt = 0.0;  // width of the symbol box before the text
  double column_pt = 0.0;  // width of one column including the gap after it
  int columns = 0;
  std::vector<core::Vec2> positions;  // top-left of each item, same order as the items
  core::Box bounds;                   // box around all items
  bool fits = false;
};

LegendLayout layoutLegend(const std::vector<LegendItem>& items,
                          const core::Box& area,
                          const LegendSpec& spec,
                          const TextMeasure& measure);

// Splits text into lines no wider than `width_pt` at spaces; a single word
// wider than the width gets a line of its own.
std::vector<std::string> wrapText(std::string_view text,
                                  double width_pt,
                                  TextStyle style,
                                  const TextMeasure& measure);

}  // namespace geo::exhibit
