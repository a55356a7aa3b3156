// Click editing in the equity panel: clicking a facility on the map (through
// the real picking) closes it and re-runs the analysis; clicking it again
// reopens it; placing a proposed facility adds one.

#include <gtest/gtest.h>

#include <chrono>
#include <thread>

#include "app/gui/app_state.h"
#include "app/gui/equity_session.h"
#include "app/gui/map_input.h"
#include "tests/app/bundled_state.h"

namespace app {
namespace {

// Polls the session until its run is finished (at most a minute).
void finish(gui::EquitySession& session, gui::AppState& state) {
  for (int i = 0; i < 600 && (session.busy() || !state.tool_clicks.empty()); ++i) {
    session.poll(state);
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  session.poll(state);
  ASSERT_FALSE(session.busy());
}

std::size_t openFacilities(const gui::EquitySession& session) {
  return session.line() ? session.line()->scenario.facilities.size() : 0;
}

TEST(EquityClickEditing, ClickingAFacilityClosesItAndClickingAgainReopensIt) {
  auto bundled = testing::bundledState(1200, 900);
  ASSERT_TRUE(bundled);
  gui::AppState& state = bundled->state;

  gui::EquitySession session;
  ASSERT_TRUE(session.open(std::string(EQUIMAP_SOURCE_DIR) + "/data/analyses/libraries.json"));
  session.run(state.doc->display_crs);
  finish(session, state);
  ASSERT_TRUE(session.line());
  const std::size_t before = openFacilities(session);  // the definition closes one already
  const int facilities = state.doc->findLayer("equity_facilities");
  ASSERT_GE(facilities, 0);

  // Find an open facility and click exactly on it.
  const auto& layer = state.doc->layers[std::size_t(facilities)];
  const auto status = layer.data.table.fieldIndex("status");
  std::optional<geo::core::Vec2> target;
  for (std::size_t r = 0; r < layer.display.size() && !target; ++r)
    if (!status || layer.data.table.text(r, *status) == "open")
      if (!layer.display.geometries[r].points.empty()) target = layer.display.geometries[r].points[0];
  ASSERT_TRUE(target);
  auto click = [&](gui::MapTool tool, geo::core::Vec2 at) {
    state.tool_clicks.push_back({tool, at, gui::pickAt(state, at)});
    session.poll(state);
    finish(session, state);
  };

  click(gui::MapTool::kToggleFacility, *target);
  EXPECT_EQ(openFacilities(session), before - 1);
  click(gui::MapTool::kToggleFacility, *target);
  EXPECT_EQ(openFacilities(session), before);

  // A proposed facility in the middle of Hartford's home view.
  click(gui::MapTool::kPlaceFacility, state.doc->home.center());
  EXPECT_EQ(openFacilities(session), before + 1);
}

}  // namespace
}  // namespace app

namespace app {
namespace {

TEST(EquityUnitsChoice, ALoadedLayerWithAcsDataCanBeTheUnits) {
  auto doc = testing::openBundled();
  ASSERT_TRUE(doc);
  const auto& tracts = doc->layers[std::size_t(doc->findLayer("tracts"))];
  const auto& towns = doc->layers[std::size_t(doc->findLayer("towns"))];
  EXPECT_FALSE(gui::EquitySession::unitsFromLayer(towns));  // no ACS table joined
  auto units = gui::EquitySession::unitsFromLayer(tracts);
  ASSERT_TRUE(units);
  EXPECT_EQ(units->source, tracts.spec.source);
  ASSERT_TRUE(units->join);
  EXPECT_EQ(units->join->key, "GEOID_COG");

  gui::EquitySession session;
  ASSERT_TRUE(session.open(std::string(EQUIMAP_SOURCE_DIR) + "/data/analyses/libraries.json"));
  auto choices = session.choices();
  choices.units = units;
  const auto run = gui::EquitySession::runDefinition(session.definition(), choices);
  EXPECT_EQ(run.units.source, tracts.spec.source);
  // The whole region's 249 tracts instead of the definition's 55 of the two towns.
  auto result = geo::analysis::runAnalysis(run);
  ASSERT_TRUE(result) << result.error().toString();
  EXPECT_EQ(result->unit_ids.size(), 249u);
}

}  // namespace
}  // namespace app
