#include <imgui.h>

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "app/gui/project_panels.h"
#include "app/gui/trend_chart.h"
#include "geo/i18n/catalog.h"

namespace app::gui {
namespace {

using geo::i18n::tr;
using geo::store::LedgerItem;
using geo::store::LedgerKind;
using geo::store::SavingsProposal;

std::string money(double value) { return fmt::format("{:.0f}", value); }

// The worked example of METHODS.md section 10, as a starting point to edit.
SavingsProposal exampleProposal() {
  SavingsProposal p{.id = "example", .name = tr("ledger.example_name"), .start_year = 2025,
                    .years = 6, .discount_rate = 0.03, .items = {}};
  p.items.push_back({tr("ledger.example_setup"), LedgerKind::kCost, 250000, false, 0, 0});
  p.items.push_back({tr("ledger.example_first"), LedgerKind::kSaving, 90000, false, 1, 1});
  p.items.push_back({tr("ledger.example_recurring"), LedgerKind::kSaving, 120000, true, 2, 5});
  return p;
}

const SavingsProposal* chosenProposal(const AppState& state) {
  const auto& proposals = state.session.project->content().proposals;
  for (const auto& p : proposals)
    if (p.id == state.session.proposal_id) return &p;
  return proposals.empty() ? nullptr : &proposals.front();
}

void flowTable(const geo::store::CostBenefit& result) {
  if (!ImGui::BeginTable("##flows", 6, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV))
    return;
  for (const char* key : {"ledger.col.year", "ledger.col.savings", "ledger.col.costs",
                          "ledger.col.net", "ledger.col.cumulative", "ledger.col.discounted"})
    ImGui::TableSetupColumn(tr(key).c_str());
  ImGui::TableHeadersRow();
  for (const auto& f : result.flows) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(geo::i18n::trf("ledger.year_t", f.calendar_year, f.t).c_str());
    for (double v : {f.savings, f.costs, f.net, f.cumulative, f.discounted}) {
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(money(v).c_str());
    }
  }
  ImGui::EndTable();
}

// Net flow per year as bars (green above zero, red below) on a zero line.
void flowBars(const geo::store::CostBenefit& result, float height) {
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const float width = ImGui::GetContentRegionAvail().x, font = ImGui::GetFontSize();
  ImGui::Dummy({width, height});
  double lo = 0, hi = 0;
  for (const auto& f : result.flows) lo = std::min(lo, f.net), hi = std::max(hi, f.net);
  if (hi - lo <= 0 || result.flows.empty()) return;
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const float left = origin.x + font * 4, right = origin.x + width - font;
  const float top = origin.y + font * 0.5f, bottom = origin.y + height - font * 1.6f;
  auto y = [&](double v) { return bottom - float((v - lo) / (hi - lo)) * (bottom - top); };
  draw->AddRectFilled(origin, {origin.x + width, origin.y + height}, IM_COL32(255, 255, 255, 255));
  const float slot = (right - left) / float(result.flows.size());
  for (std::size_t i = 0; i < result.flows.size(); ++i) {
    const auto& f = result.flows[i];
    const float x0 = left + slot * (float(i) + 0.15f), x1 = left + slot * (float(i) + 0.85f);
    const ImU32 color = f.net >= 0 ? IM_COL32(0, 158, 115, 255) : IM_COL32(213, 94, 0, 255);
    draw->AddRectFilled({x0, std::min(y(0), y(f.net))}, {x1, std::max(y(0), y(f.net))}, color);
    const std::string year = std::to_string(f.calendar_year);
    draw->AddText({(x0 + x1 - ImGui::CalcTextSize(year.c_str()).x) * 0.5f, bottom + 4},
                  IM_COL32(60, 60, 60, 255), year.c_str());
  }
  draw->AddLine({left, y(0)}, {right, y(0)}, IM_COL32(60, 60, 60, 255));
  for (double v : {lo, hi}) {
    const std::string text = axisNumber(v);
    draw->AddText({origin.x + 4, y(v) - font * 0.5f}, IM_COL32(60, 60, 60, 255), text.c_str());
  }
}

void proposalView(AppState& state, const SavingsProposal& stored) {
  ImGui::Text("%s", stored.name.c_str());
  float rate = float(state.session.discount_rate * 100.0);
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 8);
  if (ImGui::InputFloat((tr("ledger.rate") + "###rate").c_str(), &rate, 0.5f, 1.0f, "%.2f %%"))
    state.push([rate](AppState& s) { s.session.discount_rate = std::max(-99.0, double(rate)) / 100; });

  SavingsProposal proposal = stored;
  proposal.discount_rate = state.session.discount_rate;
  const auto result = geo::store::evaluateProposal(proposal);
  if (!result) {
    ImGui::TextWrapped("%s", result.error().toString().c_str());
    return;
  }
  ImGui::TextUnformatted(geo::i18n::trf("ledger.npv", money(result->npv)).c_str());
  ImGui::SameLine(0, ImGui::GetFontSize() * 2);
  ImGui::TextUnformatted(
      result->payback_t
          ? geo::i18n::trf("ledger.payback", *result->payback_t,
                           proposal.start_year + *result->payback_t).c_str()
          : tr("ledger.no_payback").c_str());
  flowTable(*result);
  flowBars(*result, ImGui::GetFontSize() * 10);
}

}  // namespace

void drawLedgerWindow(AppState& state) {
  if (!state.session.project) return;
  ImGui::SetNextWindowSize({ImGui::GetFontSize() * 40, ImGui::GetFontSize() * 30},
                           ImGuiCond_FirstUseEver);
  bool open = true;
  if (ImGui::Begin((tr("ledger.title") + "###ledger_window").c_str(), &open)) {
    for (const auto& p : state.session.project->content().proposals) {
      if (ImGui::RadioButton(p.name.c_str(), chosenProposal(state) == &p)) {
        const std::string id = p.id;
        state.push([id](AppState& s) { s.session.proposal_id = id; });
      }
      ImGui::SameLine();
    }
    const bool writable = !state.session.project->readOnly();
    if (writable && ImGui::SmallButton((tr("ledger.add_example") + "###example").c_str()))
      state.push([](AppState& s) { s.session.project->putProposal(exampleProposal()); });
    ImGui::Separator();
    if (const auto* proposal = chosenProposal(state))
      proposalView(state, *proposal);
    else
      ImGui::TextDisabled("%s", tr("ledger.none").c_str());
  }
  ImGui::End();
  if (!open) state.push([](AppState& s) { s.session.show_ledger = false; });
}

}  // namespace app::gui
