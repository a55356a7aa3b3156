#include <imgui.h>

#include <fmt/format.h>

#include "app/gui/kpi_map.h"
#include "app/gui/project_panels.h"
#include "app/gui/trend_chart.h"
#include "geo/i18n/catalog.h"
#include "geo/store/kpi_report.h"

namespace app::gui {
namespace {

using geo::i18n::tr;
using geo::store::KpiStatus;
using Periods = std::vector<std::pair<std::string, std::string>>;

ImVec4 statusColor(KpiStatus status) {
  switch (status) {
    case KpiStatus::kMet:
      return {0.0f, 0.50f, 0.25f, 1.0f};
    case KpiStatus::kNotMet:
      return {0.75f, 0.10f, 0.10f, 1.0f};
    default:
      return {0.45f, 0.45f, 0.45f, 1.0f};
  }
}

std::string statusText(KpiStatus status) {
  return tr(std::string("kpi.status.") + geo::store::kpiStatusName(status));
}

std::string valueText(std::optional<double> value) {
  return value ? fmt::format("{:.6g}", *value) : std::string("–");
}

void kpiRow(AppState& state, const geo::store::KpiStatusRow& row) {
  const auto* kpi = state.session.project->content().findKpi(row.kpi_id);
  ImGui::TableNextRow();
  ImGui::TableNextColumn();
  const bool selected = state.session.kpi.kpi_id == row.kpi_id;
  const std::string label = (kpi ? kpi->name : row.kpi_id) + "##" + row.kpi_id + row.unit_id;
  if (ImGui::Selectable(label.c_str(), selected, ImGuiSelectableFlags_SpanAllColumns)) {
    const std::string id = row.kpi_id;
    state.push([id](AppState& s) {
      if (s.session.kpi.on_map) hideKpiOnMap(s);
      s.session.kpi = KpiView{.kpi_id = id};
    });
  }
  ImGui::TableNextColumn();
  ImGui::TextUnformatted(row.unit_id.c_str());
  ImGui::TableNextColumn();
  ImGui::TextUnformatted(row.period_label.c_str());
  ImGui::TableNextColumn();
  ImGui::TextUnformatted(valueText(row.value).c_str());
  ImGui::TableNextColumn();
  ImGui::TextUnformatted(kpi && kpi->target ? valueText(kpi->target).c_str() : "–");
  ImGui::TableNextColumn();
  ImGui::TextColored(statusColor(row.status), "%s", statusText(row.status).c_str());
}

void kpiList(AppState& state) {
  const auto& content = state.session.project->content();
  const auto rows = geo::store::kpiStatusList(content.kpis, content.kpi_values);
  const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV |
                                ImGuiTableFlags_ScrollY | ImGuiTableFlags_Resizable;
  if (!ImGui::BeginTable("##kpi_list", 6, flags, {0, ImGui::GetFontSize() * 11})) return;
  ImGui::TableSetupScrollFreeze(0, 1);
  for (const char* key : {"kpi.col.kpi", "kpi.col.unit", "kpi.col.period", "kpi.col.value",
                          "kpi.col.target", "kpi.col.status"})
    ImGui::TableSetupColumn(tr(key).c_str());
  ImGui::TableHeadersRow();
  for (const auto& row : rows) kpiRow(state, row);
  ImGui::EndTable();
}

LineChart trendChart(const geo::store::KpiDefinition& kpi,
                     const std::vector<geo::store::KpiValue>& values,
                     const Periods& periods,
                     int highlight) {
  LineChart chart;
  for (const auto& p : periods) chart.x_labels.push_back(p.second);
  for (const auto& series : geo::store::kpiTrend(kpi.id, values)) {
    ChartLine line{series.unit_id.empty() ? tr("kpi.whole_service") : series.unit_id,
                   std::vector<std::optional<double>>(periods.size())};
    for (const auto& point : series.points)
      for (std::size_t i = 0; i < periods.size(); ++i)
        if (periods[i].first == point.period_utc) line.values[i] = point.value;
    chart.lines.push_back(std::move(line));
  }
  chart.target = kpi.target;
  chart.target_name = tr("kpi.target");
  chart.highlight = highlight;
  return chart;
}

void timeSlider(AppState& state, const Periods& periods) {
  auto& view = state.session.kpi;
  int period = std::clamp(view.period, 0, int(periods.size()) - 1);
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 20);
  const std::string label = tr("kpi.period") + "###period";
  if (ImGui::SliderInt(label.c_str(), &period, 0, int(periods.size()) - 1,
                       periods[std::size_t(period)].second.c_str())) {
    const std::string utc = periods[std::size_t(period)].first;
    state.push([period, utc](AppState& s) {
      s.session.kpi.period = period;
      if (s.session.kpi.on_map) showKpiOnMap(s, utc);
    });
  }
  ImGui::SameLine();
  bool on_map = view.on_map;
  if (ImGui::Checkbox((tr("kpi.show_on_map") + "###on_map").c_str(), &on_map)) {
    const std::string utc = periods[std::size_t(period)].first;
    state.push([on_map, utc](AppState& s) {
      s.session.kpi.on_map = on_map;
      on_map ? showKpiOnMap(s, utc) : hideKpiOnMap(s);
    });
  }
}

void serviceLevels(const AppState& state, const std::string& kpi_id, const std::string& period) {
  ImGui::TextUnformatted(tr("kpi.service_level_title").c_str());
  std::vector<geo::store::GroupLevelRow> rows;
  for (auto& row : geo::store::serviceLevelTable(state.session.project->content()))
    if (row.kpi_id == kpi_id && row.period_utc == period) rows.push_back(std::move(row));
  if (rows.empty()) {
    ImGui::TextDisabled("%s", tr("kpi.no_group_counts").c_str());
    return;
  }
  if (!ImGui::BeginTable("##service_level", 4, ImGuiTableFlags_RowBg)) return;
  for (const char* key : {"kpi.col.group", "kpi.col.level", "kpi.col.people", "kpi.col.missing"})
    ImGui::TableSetupColumn(tr(key).c_str());
  ImGui::TableHeadersRow();
  for (const auto& row : rows) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(row.level.group.c_str());
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(valueText(row.level.level).c_str());
    ImGui::TableNextColumn();
    ImGui::Text("%.0f", row.level.people);
    ImGui::TableNextColumn();
    ImGui::Text("%.0f", row.level.people_without_value);
  }
  ImGui::EndTable();
}

void kpiDetail(AppState& state) {
  const auto& content = state.session.project->content();
  const auto* kpi = content.findKpi(state.session.kpi.kpi_id);
  if (!kpi) {
    ImGui::TextDisabled("%s", tr("kpi.choose").c_str());
    return;
  }
  ImGui::Text("%s (%s)", kpi->name.c_str(), kpi->unit.c_str());
  if (!kpi->description.empty()) ImGui::TextWrapped("%s", kpi->description.c_str());
  const auto periods = geo::store::kpiPeriods(kpi->id, content.kpi_values);
  if (periods.empty()) {
    ImGui::TextDisabled("%s", tr("kpi.no_values").c_str());
    return;
  }
  const int period = std::clamp(state.session.kpi.period, 0, int(periods.size()) - 1);
  drawLineChart(trendChart(*kpi, content.kpi_values, periods, period), ImGui::GetFontSize() * 16);
  timeSlider(state, periods);
  serviceLevels(state, kpi->id, periods[std::size_t(period)].first);
}

// The panel opens on the first KPI that has values.
void chooseFirstKpi(AppState& state) {
  const auto& values = state.session.project->content().kpi_values;
  if (!values.empty()) state.session.kpi.kpi_id = values.front().kpi_id;
}

}  // namespace

void drawKpiPanel(AppState& state) {
  if (!state.session.project) return;
  if (state.session.kpi.kpi_id.empty()) state.push([](AppState& s) { chooseFirstKpi(s); });
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos({viewport->Size.x - 20, ImGui::GetFrameHeight() + 10},
                          ImGuiCond_FirstUseEver, {1.0f, 0.0f});
  ImGui::SetNextWindowSize({ImGui::GetFontSize() * 42, ImGui::GetFontSize() * 40},
                           ImGuiCond_FirstUseEver);
  bool open = true;
  if (ImGui::Begin((tr("kpi.title") + "###kpi_panel").c_str(), &open)) {
    kpiList(state);
    ImGui::Separator();
    kpiDetail(state);
  }
  ImGui::End();
  if (!open)
    state.push([](AppState& s) {
      s.session.show_kpi = false;
      if (s.session.kpi.on_map) hideKpiOnMap(s);
      s.session.kpi.on_map = false;
    });
}

}  // namespace app::gui
