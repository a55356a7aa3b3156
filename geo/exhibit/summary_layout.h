#pragma once

// SummaryLayout: where the parts of the equity summary (SummarySpec) go inside
// its box on the page: the title (wrapped), an optional heading row naming the
// value columns, then one row per group. A table prints the label on the left
// and the values right-aligned in one or two columns; a bar chart prints the
// label on a line of its own with the bars and values on the next line (two
// bars, lighter for the first column, when rows have a compare value).
//
// The type starts at the legend's size and shrinks in half-point steps, down
// to the legend's minimum, until every table label fits beside the value
// columns and the whole summary fits the height it is given; at the minimum
// it is laid out anyway (a label may run into the values, the box may be
// taller than asked; page_layout warns), never dropping a row.
// Pure: text widths come from the caller's measure. Coordinates are page
// points, y down; `box` starts at (0, 0) and page_layout moves it.

#include <optional>
#include <string>
#include <vector>

#include "geo/exhibit/exhibit_template.h"
#include "geo/exhibit/legend_layout.h"

namespace geo::exhibit {

struct SummaryLayout {
  core::Box box;  // empty when there is no summary
  TextStyle title_style;
  TextStyle body_style;
  double row_pt = 0.0;
  std::vector<std::string> title_lines;
  bool heading_row = false;      // column names above the rows
  bool two_columns = false;      // rows carry a compare value
  bool labels_fit = true;        // every table label fits beside the values
  double value_right = 0.0;      // right edge of the first value column, from box.min_x
  double column_pt = 0.0;        // width of one value column
  std::vector<double> row_tops;  // top of each row, from box.min_y

  void moveTo(core::Vec2 top_left);
};

// The text of a summary value: formatted like the legend's class values, or
// "n/a" in the label language when missing.
std::string summaryCell(const std::optional<double>& value, ValueFormat format, Language language);

// Side of the colour swatch before a chart's column headings.
double swatchPt(TextStyle body);

// Lays the summary out across `width_pt`, at most `max_height_pt` tall when
// it can (0 = any height); an empty box when it has no rows.
SummaryLayout layoutSummary(const SummarySpec& summary,
                            const LegendSpec& legend,
                            Language language,
                            double width_pt,
                            double max_height_pt,
                            const TextMeasure& measure);

}  // namespace geo::exhibit
