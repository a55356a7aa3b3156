#include "app/gui/trend_chart.h"

#include <fmt/format.h>
#include <imgui.h>

#include <algorithm>
#include <cmath>

namespace app::gui {
namespace {

struct Plot {
  ImVec2 min, max;  // plot area (inside the axes)
  double y_min = 0, y_max = 1;
  std::size_t steps = 1;

  float x(std::size_t step) const {
    const float t = steps > 1 ? float(step) / float(steps - 1) : 0.5f;
    return min.x + t * (max.x - min.x);
  }
  float y(double value) const {
    return max.y - float((value - y_min) / (y_max - y_min)) * (max.y - min.y);
  }
};

void valueRange(const LineChart& chart, double& lo, double& hi) {
  lo = INFINITY, hi = -INFINITY;
  for (const auto& line : chart.lines)
    for (const auto& v : line.values)
      if (v) lo = std::min(lo, *v), hi = std::max(hi, *v);
  if (chart.target) lo = std::min(lo, *chart.target), hi = std::max(hi, *chart.target);
  if (!std::isfinite(lo)) lo = 0, hi = 1;
  if (lo > 0 && lo < hi * 0.5) lo = 0;  // start at zero unless that hides the variation
  if (hi - lo < 1e-12) hi = lo + 1;
  const double pad = (hi - lo) * 0.05;
  hi += pad;
  if (lo != 0) lo -= pad;
}

void drawAxes(ImDrawList* draw, const Plot& plot, const LineChart& chart) {
  const ImU32 axis = IM_COL32(90, 90, 90, 255), grid = IM_COL32(225, 225, 225, 255);
  const float font = ImGui::GetFontSize();
  for (int i = 0; i <= 4; ++i) {
    const double v = plot.y_min + (plot.y_max - plot.y_min) * i / 4.0;
    const float y = plot.y(v);
    draw->AddLine({plot.min.x, y}, {plot.max.x, y}, grid);
    draw->AddLine({plot.min.x - 4, y}, {plot.min.x, y}, axis);
    const std::string text = axisNumber(v);
    const float w = ImGui::CalcTextSize(text.c_str()).x;
    draw->AddText({plot.min.x - 8 - w, y - font * 0.5f}, axis, text.c_str());
  }
  const std::size_t every = std::max<std::size_t>(1, plot.steps / 6);
  for (std::size_t s = 0; s < plot.steps; s += every) {
    const float x = plot.x(s);
    draw->AddLine({x, plot.max.y}, {x, plot.max.y + 4}, axis);
    const char* text = chart.x_labels[s].c_str();
    const float w = ImGui::CalcTextSize(text).x;
    draw->AddText({x - w * 0.5f, plot.max.y + 6}, axis, text);
  }
  draw->AddLine(plot.min, {plot.min.x, plot.max.y}, axis);
  draw->AddLine({plot.min.x, plot.max.y}, plot.max, axis);
}

void drawLines(ImDrawList* draw, const Plot& plot, const LineChart& chart) {
  for (std::size_t i = 0; i < chart.lines.size(); ++i) {
    const auto& values = chart.lines[i].values;
    const ImU32 color = seriesColor(i);
    for (std::size_t s = 0; s < values.size(); ++s) {
      if (!values[s]) continue;
      const ImVec2 p{plot.x(s), plot.y(*values[s])};
      draw->AddCircleFilled(p, 2.5f, color);
      if (s + 1 < values.size() && values[s + 1])
        draw->AddLine(p, {plot.x(s + 1), plot.y(*values[s + 1])}, color, 2.0f);
    }
  }
  if (chart.target) {
    const float y = plot.y(*chart.target);
    for (float x = plot.min.x; x < plot.max.x; x += 10)
      draw->AddLine({x, y}, {std::min(x + 6, plot.max.x), y}, IM_COL32(200, 30, 30, 255), 2.0f);
  }
  if (chart.highlight >= 0 && std::size_t(chart.highlight) < plot.steps) {
    const float x = plot.x(std::size_t(chart.highlight));
    draw->AddLine({x, plot.min.y}, {x, plot.max.y}, IM_COL32(0, 0, 0, 110), 1.5f);
  }
}

void drawLegend(ImDrawList* draw, const Plot& plot, const LineChart& chart) {
  const float font = ImGui::GetFontSize();
  ImVec2 at{plot.min.x + 8, plot.min.y + 4};
  auto entry = [&](const std::string& name, ImU32 color) {
    draw->AddRectFilled({at.x, at.y + font * 0.4f}, {at.x + 16, at.y + font * 0.6f}, color);
    draw->AddText({at.x + 22, at.y}, IM_COL32(40, 40, 40, 255), name.c_str());
    at.x += 34 + ImGui::CalcTextSize(name.c_str()).x;
  };
  for (std::size_t i = 0; i < chart.lines.size(); ++i) entry(chart.lines[i].name, seriesColor(i));
  if (chart.target) entry(chart.target_name, IM_COL32(200, 30, 30, 255));
}

}  // namespace

unsigned int seriesColor(std::size_t i) {
  // Okabe-Ito palette (colour-blind safe), without its yellow.
  static const ImU32 kColors[] = {IM_COL32(0, 114, 178, 255),  IM_COL32(230, 159, 0, 255),
                                  IM_COL32(0, 158, 115, 255),  IM_COL32(204, 121, 167, 255),
                                  IM_COL32(86, 180, 233, 255), IM_COL32(213, 94, 0, 255),
                                  IM_COL32(0, 0, 0, 255)};
  return kColors[i % std::size(kColors)];
}

std::string axisNumber(double value) {
  const double a = std::abs(value);
  if (a >= 1e6) return fmt::format("{:.1f}M", value / 1e6);
  if (a >= 1e4) return fmt::format("{:.0f}k", value / 1e3);
  if (a >= 100) return fmt::format("{:.0f}", value);
  return fmt::format("{:.2f}", value);
}

void drawLineChart(const LineChart& chart, float height) {
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const float width = ImGui::GetContentRegionAvail().x, font = ImGui::GetFontSize();
  ImGui::Dummy({width, height});
  if (chart.x_labels.empty()) return;
  Plot plot;
  plot.min = {origin.x + font * 4, origin.y + font * 1.6f};
  plot.max = {origin.x + width - font, origin.y + height - font * 1.8f};
  plot.steps = chart.x_labels.size();
  valueRange(chart, plot.y_min, plot.y_max);

  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddRectFilled(origin, {origin.x + width, origin.y + height}, IM_COL32(255, 255, 255, 255));
  drawAxes(draw, plot, chart);
  drawLines(draw, plot, chart);
  drawLegend(draw, plot, chart);
}

}  // namespace app::gui
