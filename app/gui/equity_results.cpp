// The results part of the equity window: a table per group, a bar chart of
// mean access before and after the scenario, and the raised flags.

#include <fmt/format.h>
#include <imgui.h>

#include <algorithm>
#include <optional>
#include <string>

#include "app/gui/equity_panel.h"
#include "app/gui/wrapped_text.h"
#include "geo/analysis/impact_text.h"
#include "geo/i18n/catalog.h"
#include "geo/i18n/number_format.h"

namespace app::gui {
namespace {

namespace analysis = geo::analysis;
using geo::i18n::tr;

constexpr ImU32 kBaselineColor = IM_COL32(33, 102, 172, 255);  // blue
constexpr ImU32 kScenarioColor = IM_COL32(230, 97, 1, 255);    // orange

// Numbers in the language on screen (1,234.5 or 1.234,5).
std::string number(double value, int decimals) {
  return geo::i18n::formatNumber(value, decimals, geo::i18n::language());
}

std::string metres(std::optional<double> m) {
  return m ? number(*m, 0) : std::string("–");
}

std::string ratio(std::optional<double> r) {
  return r ? number(*r, 2) : std::string("–");
}

std::string percent(const analysis::Estimate& e) {
  if (e.missing) return "–";
  return fmt::format("{} ± {} %", number(e.value * 100, 1), number(e.moe * 100, 1));
}

std::string disparity(const analysis::DisparityScore& d) {
  if (d.missing) return "–";
  auto signed3 = [](double v) { return geo::i18n::formatSigned(v, 3, geo::i18n::language()); };
  return fmt::format("{} [{}, {}]{}",
                     signed3(d.score),
                     signed3(d.ci_low),
                     signed3(d.ci_high),
                     d.significant ? " *" : "");
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

std::string groupName(const analysis::AnalysisDefinition& definition,
                      const analysis::GroupEquity& g) {
  return analysis::groupName(
      definition, g.id, g.name.empty() ? g.id : g.name, geo::i18n::language());
}

void groupRow(const analysis::AnalysisDefinition& definition,
              const analysis::GroupEquity& base,
              const analysis::GroupEquity& scen,
              const analysis::GroupImpact* impact) {
  ImGui::TableNextRow();
  cell(groupName(definition, base));
  cell(metres(base.mean_access_m));
  cell(metres(scen.mean_access_m));
  cell(ratio(base.ratio_vs_others) + " → " + ratio(scen.ratio_vs_others));
  cell(percent(base.coverage));
  cell(percent(scen.coverage));
  cell(disparity(scen.demographic_disparity));
  cell(impact ? percent(impact->share_of_affected) : "–");
  cell(impact ? percent(impact->share_of_population) : "–");
  cell(impact ? flags(*impact) : "–");
  if (!impact || !ImGui::IsItemHovered()) return;
  const auto language = geo::i18n::language();
  ImGui::SetTooltip("%s\n%s",
                    analysis::differenceStatement(*impact, definition.tests, language).c_str(),
                    analysis::fourFifthsStatement(*impact, definition.tests, language).c_str());
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

void drawEquityTable(const analysis::ServiceLineResult& line,
                     const analysis::AnalysisDefinition& definition) {
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
    groupRow(definition, base[g], scen[g], impactOf(line, base[g].id));
  ImGui::EndTable();
  ImGui::TextDisabled("%s", tr("equity.table_note").c_str());
}

void drawEquityChart(const analysis::ServiceLineResult& line,
                     const analysis::AnalysisDefinition& definition) {
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
    chartRow(groupName(definition, base[g]), base[g].mean_access_m, scen[g].mean_access_m, max_m);
}

// The sentences are worded on every frame, so a language switch shows at once.
void drawEquityFlags(const analysis::ServiceLineResult& line,
                     const analysis::AnalysisDefinition& definition) {
  ImGui::Separator();
  ImGui::Text("%s: %zu, %s: %zu",
              tr("equity.affected.worse").c_str(),
              line.impact.adverse_units,
              tr("equity.affected.better").c_str(),
              line.impact.benefit_units);
  const auto flags = analysis::flagSentences(line, definition, geo::i18n::language());
  if (flags.empty()) ImGui::TextWrapped("%s", tr("equity.no_flags").c_str());
  for (const auto& f : flags) drawWrappedText("• " + f);
}

}  // namespace app::gui
