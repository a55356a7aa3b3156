#include "app/gui/equity_panel.h"

#include <imgui.h>

#include <filesystem>
#include <string>

#include "app/gui/bundled_data.h"
#include "geo/i18n/catalog.h"

namespace app::gui {
namespace {

namespace analysis = geo::analysis;
using geo::i18n::tr;
using geo::map::EquityMapMode;

// "Text###id": the label follows the language, the ImGui id does not.
std::string label(const char* key, const char* id) {
  return tr(key) + "###" + id;
}

void drawOpenPrompt(AppState& state, EquitySession& session) {
  ImGui::TextWrapped("%s", tr("equity.no_definition").c_str());
  if (!ImGui::Button(label("equity.open_bundled", "open").c_str())) return;
  state.push([&session](AppState& s) {
    if (auto ok = session.open(bundledDataFile("analyses/libraries.json")); !ok)
      s.status = ok.error().toString();
  });
}

// The units: the definition's own, or a loaded polygon layer with ACS data.
void drawUnitsChoice(AppState& state, EquitySession& session) {
  auto& choices = session.choices();
  const std::string own = geo::i18n::trf(
      "equity.units_definition",
      std::filesystem::path(session.definition().units.source).filename().string());
  const std::string preview = choices.units ? choices.units_title : own;
  if (!ImGui::BeginCombo(label("equity.units_layer", "units").c_str(), preview.c_str())) return;
  if (ImGui::Selectable(own.c_str(), !choices.units)) choices.units.reset();
  for (const auto& layer : state.doc->layers) {
    auto units = EquitySession::unitsFromLayer(layer);
    if (!units) continue;
    if (ImGui::Selectable(layer.spec.title.c_str(), choices.units_title == layer.spec.title)) {
      choices.units = std::move(units);
      choices.units_title = layer.spec.title;
    }
  }
  ImGui::EndCombo();
}

void drawLineChoice(EquitySession& session) {
  const auto& lines = session.definition().service_lines;
  const std::size_t current = session.choices().line;
  if (ImGui::BeginCombo(label("equity.service_line", "line").c_str(),
                        lines[current].name.c_str())) {
    for (std::size_t i = 0; i < lines.size(); ++i)
      if (ImGui::Selectable(lines[i].name.c_str(), i == current)) session.selectLine(i);
    ImGui::EndCombo();
  }
}

void drawGroupChoice(EquitySession& session) {
  const auto& groups = session.definition().groups;
  auto& chosen = session.choices().groups;
  ImGui::TextUnformatted(tr("equity.groups").c_str());
  for (std::size_t g = 0; g < groups.size() && g < chosen.size(); ++g) {
    bool on = chosen[g];
    ImGui::PushID(int(g));
    if (ImGui::Checkbox(groups[g].name.empty() ? groups[g].id.c_str() : groups[g].name.c_str(),
                        &on))
      chosen[g] = on;
    ImGui::PopID();
  }
}

void drawMethodChoice(EquitySession& session) {
  auto& c = session.choices();
  const bool has_given =
      !session.definition().service_lines[c.line].service_areas.given.source.empty();
  ImGui::TextUnformatted(tr("equity.method").c_str());
  for (auto m : {analysis::AreaMethod::kNearest,
                 analysis::AreaMethod::kBuffer,
                 analysis::AreaMethod::kGiven,
                 analysis::AreaMethod::kNone}) {
    if (m == analysis::AreaMethod::kGiven && !has_given) continue;
    const std::string key = std::string("equity.method.") + analysis::areaMethodName(m);
    ImGui::SameLine();
    if (ImGui::RadioButton(label(key.c_str(), key.c_str()).c_str(), c.method == m)) c.method = m;
  }
  ImGui::SetNextItemWidth(120);
  if (c.method == analysis::AreaMethod::kBuffer)
    ImGui::InputDouble(label("equity.buffer_m", "buffer").c_str(), &c.buffer_m, 100, 400, "%.0f");
  ImGui::SetNextItemWidth(120);
  ImGui::InputDouble(
      label("equity.threshold_m", "threshold").c_str(), &c.threshold_m, 100, 400, "%.0f");
}

void drawScenario(AppState& state, EquitySession& session) {
  auto& scenario = session.choices().scenario;
  ImGui::TextWrapped("%s: %s", tr("equity.scenario").c_str(), scenario.name.c_str());
  for (const auto& id : scenario.close)
    ImGui::BulletText("%s: %s", tr("equity.facility.closed").c_str(), id.c_str());
  for (const auto& f : scenario.add)
    ImGui::BulletText(
        "%s: %s (%.5f, %.5f)", tr("equity.facility.proposed").c_str(), f.id.c_str(), f.lat, f.lon);
  if (scenario.merge_systems.size() > 1)
    ImGui::BulletText("%s", tr("equity.merge_systems").c_str());

  // Map tools: clicks go to the session instead of selecting features.
  for (auto [tool, key] : {std::pair{MapTool::kSelect, "equity.tool.select"},
                           std::pair{MapTool::kToggleFacility, "equity.tool.close"},
                           std::pair{MapTool::kPlaceFacility, "equity.tool.place"}}) {
    const MapTool chosen = tool;
    if (ImGui::RadioButton(label(key, key).c_str(), state.map_tool == chosen))
      state.push([chosen](AppState& s) { s.map_tool = chosen; });
  }
}

void drawRunControls(AppState& state, EquitySession& session) {
  if (session.busy()) {
    ImGui::ProgressBar(float(session.progress()), {-80, 0});
    ImGui::SameLine();
    if (ImGui::Button(label("equity.cancel", "cancel").c_str())) session.cancel();
    return;
  }
  if (ImGui::Button(label("equity.run", "run").c_str()))
    state.push([&session](AppState& s) { session.run(s.doc->display_crs); });
  if (!session.error().empty()) ImGui::TextWrapped("%s", session.error().c_str());
}

void drawModeChoice(AppState& state, EquitySession& session) {
  ImGui::TextUnformatted(tr("equity.map_mode").c_str());
  for (auto m : {EquityMapMode::kBaselineAccess,
                 EquityMapMode::kScenarioAccess,
                 EquityMapMode::kChange,
                 EquityMapMode::kAffected}) {
    const std::string key = std::string("equity.mode.") + geo::map::equityMapModeName(m);
    if (ImGui::RadioButton(label(key.c_str(), key.c_str()).c_str(), session.mode() == m))
      state.push([&session, m](AppState& s) { session.setMode(s, m); });
  }
}

// Limitation: the units layer is the one the definition names; the panel does
// not take another layer loaded in the viewer.
void drawControls(AppState& state, EquitySession& session) {
  const auto& def = session.definition();
  ImGui::TextWrapped("%s", def.name.c_str());
  drawUnitsChoice(state, session);
  drawLineChoice(session);
  drawGroupChoice(session);
  drawMethodChoice(session);
  ImGui::Separator();
  drawScenario(state, session);
  drawRunControls(state, session);
}

// Setup and results tabs; a new result brings its tab to the front once.
void drawTabs(AppState& state, EquitySession& session) {
  static int shown_serial = 0;
  if (!ImGui::BeginTabBar("##equity_tabs")) return;
  if (ImGui::BeginTabItem(label("equity.setup", "setup").c_str())) {
    drawControls(state, session);
    ImGui::EndTabItem();
  }
  const auto* line = session.line();
  const bool fresh = line && session.resultSerial() != shown_serial;
  if (line && ImGui::BeginTabItem(label("equity.results", "results").c_str(),
                                  nullptr,
                                  fresh ? ImGuiTabItemFlags_SetSelected : 0)) {
    shown_serial = session.resultSerial();
    drawEquityTable(*line, session.definition());
    drawEquityChart(*line, session.definition());
    drawEquityFlags(*line, session.definition());
    ImGui::EndTabItem();
  }
  ImGui::EndTabBar();
}

}  // namespace

void drawEquityWindow(AppState& state, EquitySession& session) {
  // Docked to the right edge of the window, so the city in the middle stays visible.
  const ImVec2 display = ImGui::GetIO().DisplaySize;
  ImGui::SetNextWindowPos({display.x - 10, 10}, ImGuiCond_FirstUseEver, {1, 0});
  // Leaves the bottom right free for the map legend.
  ImGui::SetNextWindowSize({480, display.y * 0.62f}, ImGuiCond_FirstUseEver);
  bool open = true;
  if (ImGui::Begin(label("equity.title", "equity").c_str(), &open)) {
    if (!session.isOpen()) {
      drawOpenPrompt(state, session);
    } else {
      drawModeChoice(state, session);
      drawTabs(state, session);
    }
  }
  ImGui::End();
  if (!open) state.push([](AppState& s) { s.show_equity = false, s.map_tool = MapTool::kSelect; });
}

}  // namespace app::gui
