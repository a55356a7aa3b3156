// The results part of the equity window: a table per group, a bar chart of
// mean access before and after the scenario, and the raised flags.

#include <fmt/format.h>
#include <imgui.h>

#include <algorithm>
#include <optional>
#include <string>

#include "app/gui/equity_panel.h"
#include "geo/i18n/catalog.h"

namespace app::gui {
namespace {

namespace analysis = geo::analysis;
using geo::i18n::tr;

constexpr ImU32 kBaselineColor = IM_COL32(33, 102, 172, 255);  // blue
constexpr ImU32 kScenarioColor = IM_COL32(230, 97, 1, 255);    // orange

std::string metres(std::optional<double> m) {
  return m ? fmt::format("{:.0f}", *m) : std::string("–");
}

std::string ratio(std::optional<double> r) {
  return r ? fmt::format("{:.2f}", *r) : std::string("–");
}

std::string percent(const analysis::Estimate& e) {
  if (e.missing) return "–";
  return fmt::format("{:.1f} ± {:.1f} %", e.value * 100, e.moe * 100);
}

std::string disparity(const analysis::DisparityScore& d) {
  if (d.missing) return "–";
  return fmt::format(
      "{:+.3f} [{:+.3f}, {:+.3f}]{}", d.score, d.ci_low, d.ci_high, d.significant ? " *" : "");
}

std::string flags(const analysis::GroupImpact& g) {
  std::string out;
  if (g.difference_flag)
    out += tr("equity.flag.difference") + (g.difference_significant ? " *" : "") + " ";
  if (g.four_fifths_flag) out += tr("equity.flag.four_fifths") + (g.ratio_significant ? " *" : "");
  return out.empty() ? "–" : out;
}

void cell(const std::string& text) {
  ImGui::TableNextColumn();
  ImGui::TextUnformatted(text.c_str());
}

void tableHeader() {
  for (const char* key : {"equity.col.group",
                          "equity.col.mean_baseline",
                          "equity.col.mean_scenario",
                          "equity.col.ratio",
                          "equity.col.coverage_baseline",
                          "equity.col.coverage_scenario",
                          "equity.col.disparity",
                          "equity.col.affected_share",
                          "equity.col.population_share",
                          "equity.col.flags"})
    ImGui::TableSetupColumn(tr(key).c_str());
  ImGui::TableSetupScrollFreeze(1, 1);
  ImGui::TableHeadersRow();
}

void groupRow(const analysis::GroupEquity& base,
              const analysis::GroupEquity& scen,
              const analysis::GroupImpact* impact) {
  ImGui::TableNextRow();
  cell(base.name.empty() ? base.id : base.name);
  cell(metres(base.mean_access_m));
  cell(metres(scen.mean_access_m));
  cell(ratio(base.ratio_vs_others) + " → " + ratio(scen.ratio_vs_others));
  cell(percent(base.coverage));
  cell(percent(scen.coverage));
  cell(disparity(scen.demographic_disparity));
  cell(impact ? percent(impact->share_of_affected) : "–");
  cell(impact ? percent(impact->share_of_population) : "–");
  cell(impact ? flags(*impact) : "–");
  if (impact && ImGui::IsItemHovered())
    ImGui::SetTooltip(
        "%s\n%s", impact->difference_statement.c_str(), impact->four_fifths_statement.c_str());
}

// One row of the chart: the group name, then its two bars.
void chartRow(const std::string& name,
              std::optional<double> base,
              std::optional<double> scen,
              double max_m) {
  const float name_w = 200, bar_h = ImGui::GetTextLineHeight() * 0.55f;
  const float width = std::max(40.0f, ImGui::GetContentRegionAvail().x - name_w - 90);
  ImGui::TextUnformatted(name.c_str());
  ImGui::SameLine(name_w);
  const ImVec2 p = ImGui::GetCursorScreenPos();
  ImDrawList* draw = ImGui::GetWindowDrawList();
  auto bar = [&](std::optional<double> v, float y, ImU32 color) {
    if (v)
      draw->AddRectFilled(
          {p.x, p.y + y}, {p.x + float(*v / max_m) * width, p.y + y + bar_h}, color);
  };
  bar(base, 0, kBaselineColor);
  bar(scen, bar_h + 1, kScenarioColor);
  // Both values once, after the longer bar, so the labels never overlap.
  const float longest = float(std::max(base.value_or(0), scen.value_or(0)) / max_m) * width;
  const std::string values = metres(base) + " → " + metres(scen);
  draw->AddText({p.x + longest + 4, p.y + bar_h - ImGui::GetTextLineHeight() / 2},
                IM_COL32(90, 90, 90, 255),
                values.c_str());
  ImGui::Dummy({width, bar_h * 2 + 2});
}

void chartLegend() {
  for (auto [color, key] : {std::pair{kBaselineColor, "equity.baseline"},
                            std::pair{kScenarioColor, "equity.scenario_short"}}) {
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const float s = ImGui::GetTextLineHeight();
    ImGui::GetWindowDrawList()->AddRectFilled(p, {p.x + s, p.y + s}, color);
    ImGui::Dummy({s, s});
    ImGui::SameLine();
    ImGui::TextUnformatted(tr(key).c_str());
    ImGui::SameLine();
  }
  ImGui::NewLine();
}

const analysis::GroupImpact* impactOf(const analysis::ServiceLineResult& line,
                                      const std::string& id) {
  for (const auto& g : line.impact.groups)
    if (g.id == id) return &g;
  return nullptr;
}

}  // namespace

void drawEquityTable(const analysis::ServiceLineResult& line) {
  ImGui::Separator();
  ImGui::TextWrapped("%s — %s", line.name.c_str(), line.scenario_name.c_str());
  const auto& base = line.baseline.equity.groups;
  const auto& scen = line.scenario.equity.groups;
  const ImGuiTableFlags table_flags = ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg |
                                      ImGuiTableFlags_ScrollX | ImGuiTableFlags_SizingFixedFit;
  const float height = ImGui::GetTextLineHeightWithSpacing() * float(base.size() + 2.5);
  if (!ImGui::BeginTable("##equity_table", 10, table_flags, {0, height})) return;
  tableHeader();
  for (std::size_t g = 0; g < base.size() && g < scen.size(); ++g)
    groupRow(base[g], scen[g], impactOf(line, base[g].id));
  ImGui::EndTable();
  ImGui::TextDisabled("%s", tr("equity.table_note").c_str());
}

void drawEquityChart(const analysis::ServiceLineResult& line) {
  ImGui::Separator();
  ImGui::TextUnformatted(tr("equity.chart_title").c_str());
  chartLegend();
  const auto& base = line.baseline.equity.groups;
  const auto& scen = line.scenario.equity.groups;
  double max_m = std::max(1.0, line.baseline.equity.mean_access_m.value_or(0));
  max_m = std::max(max_m, line.scenario.equity.mean_access_m.value_or(0));
  for (const auto* groups : {&base, &scen})
    for (const auto& g : *groups) max_m = std::max(max_m, g.mean_access_m.value_or(0));
  chartRow(tr("equity.everyone"),
           line.baseline.equity.mean_access_m,
           line.scenario.equity.mean_access_m,
           max_m);
  for (std::size_t g = 0; g < base.size() && g < scen.size(); ++g)
    chartRow(base[g].name.empty() ? base[g].id : base[g].name,
             base[g].mean_access_m,
             scen[g].mean_access_m,
             max_m);
}

// Limitation: the flags' sentences come from the analysis core in English.
void drawEquityFlags(const analysis::ServiceLineResult& line) {
  ImGui::Separator();
  ImGui::Text("%s: %zu, %s: %zu",
              tr("equity.affected.worse").c_str(),
              line.impact.adverse_units,
              tr("equity.affected.better").c_str(),
              line.impact.benefit_units);
  if (line.flags.empty()) ImGui::TextWrapped("%s", tr("equity.no_flags").c_str());
  for (const auto& f : line.flags) ImGui::TextWrapped("• %s", f.c_str());
}

}  // namespace app::gui
