#pragma once

// A line chart drawn with ImDrawList: one line per series over a shared x
// axis of labelled steps (periods, years), optional horizontal target line,
// optional highlighted step, axes with ticks and labels, and a legend.
// Immediate mode: call once per frame inside an ImGui window.

#include <optional>
#include <string>
#include <vector>

namespace app::gui {

struct ChartLine {
  std::string name;
  std::vector<std::optional<double>> values;  // one per x step; nullopt = gap
};

struct LineChart {
  std::vector<std::string> x_labels;  // one per step
  std::vector<ChartLine> lines;
  std::optional<double> target;
  std::string target_name;
  int highlight = -1;  // x step drawn as a vertical marker
};

// Draws the chart in a region of `height` pixels spanning the window width.
void drawLineChart(const LineChart& chart, float height);

// Colour of series i (a fixed, colour-blind-safe cycle), packed for ImGui.
unsigned int seriesColor(std::size_t i);

// A short axis number: 1.2M, 34k, 0.25.
std::string axisNumber(double value);

}  // namespace app::gui
