// The equity panel saves each run's definition into the project; undo and
// redo give the panel its choices back from that stored definition.

#include <gtest/gtest.h>

#include "app/gui/equity_session.h"
#include "geo/analysis/analysis_definition_json.h"

namespace app::gui {
namespace {

namespace analysis = geo::analysis;

const std::string kLibraries = std::string(EQUIMAP_SOURCE_DIR) + "/data/analyses/libraries.json";

TEST(EquityChoices, AStoredRunGivesBackTheChoicesThatMadeIt) {
  auto definition = analysis::readAnalysisDefinition(kLibraries);
  ASSERT_TRUE(definition) << definition.error().toString();
  EquityChoices choices;
  choices.line = 1;  // schools
  choices.groups = {true, false, true, false, false, true};
  choices.method = analysis::AreaMethod::kBuffer;
  choices.buffer_m = 1200;
  choices.threshold_m = 2000;
  choices.scenario = definition->service_lines[1].scenario;
  choices.scenario.close.push_back("Bulkeley High School");
  choices.scenario.add.push_back({"proposed 1", "proposed 1", -72.68, 41.76, ""});

  // What the project holds: the run definition as JSON text, read back.
  const auto run = EquitySession::runDefinition(*definition, choices);
  auto stored = analysis::parseAnalysisDefinition(analysis::analysisDefinitionJson(run), "p");
  ASSERT_TRUE(stored) << stored.error().toString();

  const auto back = EquitySession::choicesFor(*definition, *stored);
  ASSERT_TRUE(back);
  EXPECT_EQ(back->line, 1u);
  EXPECT_EQ(back->groups, choices.groups);
  EXPECT_EQ(back->method, analysis::AreaMethod::kBuffer);
  EXPECT_DOUBLE_EQ(back->buffer_m, 1200);
  EXPECT_DOUBLE_EQ(back->threshold_m, 2000);
  EXPECT_EQ(back->scenario.close, choices.scenario.close);
  ASSERT_EQ(back->scenario.add.size(), 1u);
  EXPECT_DOUBLE_EQ(back->scenario.add[0].lat, 41.76);
  EXPECT_FALSE(back->units.has_value());  // the definition's own units
}

TEST(EquityChoices, OtherUnitsAndUnknownLinesAreRecognised) {
  auto definition = analysis::readAnalysisDefinition(kLibraries);
  ASSERT_TRUE(definition);
  EquityChoices choices;
  choices.groups.assign(definition->groups.size(), true);
  choices.scenario = definition->service_lines[0].scenario;
  choices.units = analysis::LayerSource{.source = "/data/blockgroups.geojson"};
  auto run = EquitySession::runDefinition(*definition, choices);
  const auto back = EquitySession::choicesFor(*definition, run);
  ASSERT_TRUE(back);
  ASSERT_TRUE(back->units);
  EXPECT_EQ(back->units->source, "/data/blockgroups.geojson");
  EXPECT_EQ(back->units_title, "blockgroups.geojson");

  run.service_lines[0].id = "parks";
  EXPECT_FALSE(EquitySession::choicesFor(*definition, run));
}

}  // namespace
}  // namespace app::gui
