#include "geo/exhibit/legend_layout.h"

#include <algorithm>
#include <cmath>

#include "geo/core/log.h"

namespace geo::exhibit {
namespace {

constexpr double kRowFactor = 1.55;    // row height per point of type
constexpr double kSymbolFactor = 2.2;  // symbol box width per point of type
constexpr double kColumnGapFactor = 1.5;
constexpr double kFontStepPt = 0.5;

TextStyle itemStyle(const LegendItem& item, double font_pt) {
  return {.size_pt = font_pt, .bold = item.symbol == LegendSymbol::kNone};
}

// Lays the items out at one type size; `fits` says whether they fit the area.
LegendLayout tryLayout(const std::vector<LegendItem>& items,
                       const core::Box& area,
                       double font_pt,
                       const TextMeasure& measure) {
  LegendLayout out;
  out.font_pt = font_pt;
  out.row_pt = font_pt * kRowFactor;
  for (const auto& item : items)  // graduated symbols larger than a row of text
    if (item.symbol == LegendSymbol::kPoint) out.row_pt = std::max(out.row_pt, item.point_pt + 2.0);
  out.symbol_pt = font_pt * kSymbolFactor;
  double widest = 0.0;
  for (const auto& item : items) {
    const double symbol = item.symbol == LegendSymbol::kNone ? 0.0 : out.symbol_pt;
    widest = std::max(widest, symbol + measure(item.text, itemStyle(item, font_pt)));
  }
  out.column_pt = widest + font_pt * kColumnGapFactor;

  const int n = static_cast<int>(items.size());
  const int rows_fit = std::max(1, static_cast<int>(std::floor(area.height() / out.row_pt)));
  out.columns = std::max(1, (n + rows_fit - 1) / rows_fit);
  const int rows = std::max(1, (n + out.columns - 1) / out.columns);  // balanced columns
  for (int i = 0; i < n; ++i)
    out.positions.push_back(
        {area.min_x + (i / rows) * out.column_pt, area.min_y + (i % rows) * out.row_pt});

  const double width = out.columns * out.column_pt - font_pt * kColumnGapFactor;
  const double height = std::min(n, rows) * out.row_pt;
  out.bounds = {area.min_x, area.min_y, area.min_x + width, area.min_y + height};
  out.fits = width <= area.width() + 1e-9 && height <= area.height() + 1e-9;
  return out;
}

}  // namespace

// Limitation: legend labels are never wrapped; one wider than the whole area makes
// the legend overflow (with the warning) at the smallest type size.
LegendLayout layoutLegend(const std::vector<LegendItem>& items,
                          const core::Box& area,
                          const LegendSpec& spec,
                          const TextMeasure& measure) {
  const double smallest = std::min(spec.min_font_pt, spec.font_pt);
  for (double font = spec.font_pt; font >= smallest - 1e-9; font -= kFontStepPt) {
    auto layout = tryLayout(items, area, font, measure);
    if (layout.fits) return layout;
  }
  auto layout = tryLayout(items, area, smallest, measure);
  core::logWarning("exhibit",
                   "the legend ({} items) does not fit its {:.0f} x {:.0f} pt area even at "
                   "{:.1f} pt type; it overflows the area",
                   items.size(),
                   area.width(),
                   area.height(),
                   smallest);
  return layout;
}

std::vector<std::string> wrapText(std::string_view text,
                                  double width_pt,
                                  TextStyle style,
                                  const TextMeasure& measure) {
  std::vector<std::string> lines;
  std::string line;
  std::size_t at = 0;
  while (at < text.size()) {
    std::size_t end = text.find(' ', at);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view word = text.substr(at, end - at);
    at = end + 1;
    if (word.empty()) continue;
    std::string candidate = line.empty() ? std::string(word) : line + " " + std::string(word);
    if (!line.empty() && measure(candidate, style) > width_pt) {
      lines.push_back(line);
      candidate = std::string(word);
    }
    line = std::move(candidate);
  }
  if (!line.empty()) lines.push_back(line);
  return lines;
}

}  // namespace geo::exhibit
