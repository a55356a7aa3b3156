// Map layers of an equity result: a hand-made result of four square units
// and three facilities, with expectations worked out by hand, and the bundled
// library analysis for agreement with its Impact.

#include "geo/map/equity_layers.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <map>

#include "geo/i18n/catalog.h"

namespace geo::map {
namespace {

using analysis::AnalysisResult;
using analysis::Facility;
using analysis::UnitAccess;

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr const char* kCrs = "EPSG:26918";

core::Geometry square(double x) {
  core::Geometry g;
  g.kind = core::GeometryKind::kPolygon;
  core::Polygon polygon;
  polygon.rings.push_back({{x, 0}, {x + 100, 0}, {x + 100, 100}, {x, 100}});
  g.polygons.push_back(std::move(polygon));
  return g;
}

std::vector<UnitAccess> access(std::initializer_list<double> d) {
  std::vector<UnitAccess> out;
  for (double v : d) out.push_back({v, std::isfinite(v) ? 0 : -1});
  return out;
}

// Units 0..3: baseline 100, 200, 400, none; scenario 100, 500, 100, none.
// With delta 250 m: unit 1 is worse (+300), unit 2 better (-300), the rest unchanged.
// Facilities: A closes, B stays, C is proposed.
AnalysisResult tinyResult() {
  AnalysisResult r;
  r.analysis_crs = kCrs;
  r.analysis_crs_wkt = kCrs;
  for (int u = 0; u < 4; ++u) {
    r.unit_ids.push_back("u" + std::to_string(u));
    r.units.push_back(square(u * 100.0));
  }
  analysis::ServiceLineResult line;
  line.id = "lib";
  line.name = "Libraries";
  line.baseline.access = access({100, 200, 400, kInf});
  line.scenario.access = access({100, 500, 100, kInf});
  line.baseline.facilities = {{"A", "A", {50, 150}, ""}, {"B", "B", {250, 150}, ""}};
  line.scenario.facilities = {{"B", "B", {250, 150}, ""}, {"C", "C", {350, 150}, ""}};
  line.impact = analysis::assessImpact({100, 200, 400, kInf}, {100, 500, 100, kInf}, {}, {});
  r.lines.push_back(std::move(line));
  return r;
}

MapLayer styled(const AnalysisResult& r, EquityMapMode mode) {
  auto layer = equityUnitsLayer(r, 0, kCrs);
  EXPECT_TRUE(layer) << layer.error().toString();
  auto ok = applyStyle(*layer, equityUnitsStyle(r.lines[0], mode));
  EXPECT_TRUE(ok) << ok.error().toString();
  return std::move(*layer);
}

TEST(EquityLayers, UnitsLayerCarriesBaselineScenarioChangeAndAffected) {
  const auto r = tinyResult();
  auto layer = equityUnitsLayer(r, 0, kCrs);
  ASSERT_TRUE(layer) << layer.error().toString();
  const auto& t = layer->data.table;
  ASSERT_EQ(layer->display.size(), 4u);
  EXPECT_EQ(t.number(1, *t.fieldIndex("baseline_m")), 200.0);
  EXPECT_EQ(t.number(1, *t.fieldIndex("scenario_m")), 500.0);
  EXPECT_EQ(t.number(2, *t.fieldIndex("change_m")), -300.0);
  EXPECT_FALSE(t.number(3, *t.fieldIndex("baseline_m")));  // no facility: no data, not infinity
  const auto affected = *t.fieldIndex("affected");
  EXPECT_EQ(t.text(0, affected), "unchanged");
  EXPECT_EQ(t.text(1, affected), "worse");
  EXPECT_EQ(t.text(2, affected), "better");
  EXPECT_EQ(t.text(3, affected), "unchanged");
}

TEST(EquityLayers, BaselineAndScenarioShareTheSameBreaksSoAColourMeansOneDistance) {
  const auto r = tinyResult();
  const MapLayer base = styled(r, EquityMapMode::kBaselineAccess);
  const MapLayer scen = styled(r, EquityMapMode::kScenarioAccess);
  EXPECT_EQ(base.classification->lower_bound, scen.classification->lower_bound);
  EXPECT_EQ(base.classification->breaks, scen.classification->breaks);
  // Pooled distances 100, 200, 400, 100, 500, 100: four distinct values, four classes.
  EXPECT_EQ(base.classification->breaks, (std::vector<double>{100, 200, 400, 500}));
  const auto base_colors = base.featureColors(), scen_colors = scen.featureColors();
  EXPECT_EQ(base_colors[0], scen_colors[2]);  // 100 m before in unit 0, after in unit 2
  EXPECT_NE(base_colors[2], scen_colors[2]);  // 400 m became 100 m
  EXPECT_EQ(base_colors[3], carto::noDataColor());
  // 500 m only occurs in the scenario, and still has its own (last) class.
  EXPECT_EQ(scen.classification->classOf(scen.thematic->values[1]), 3);
}

TEST(EquityLayers, ChangeBreaksAreSymmetricAroundZeroOnADivergingRamp) {
  const auto r = tinyResult();
  const MapLayer change = styled(r, EquityMapMode::kChange);
  const auto& c = *change.classification;
  // Largest |change| is 300 m: five classes of 120 m from -300 to 300.
  EXPECT_DOUBLE_EQ(c.lower_bound, -300);
  ASSERT_EQ(c.breaks.size(), 5u);
  for (std::size_t k = 0; k + 1 < c.breaks.size(); ++k)
    EXPECT_NEAR(c.breaks[k], -c.breaks[c.breaks.size() - 2 - k], 1e-9);
  EXPECT_NEAR(c.breaks[1], -60, 1e-9);
  EXPECT_EQ(c.classOf(0.0), 2);  // no change sits in the middle (neutral) class
  EXPECT_EQ(change.spec.style.ramp, "puor");
  EXPECT_EQ(carto::findRamp("puor")->kind, carto::RampKind::kDiverging);
}

TEST(EquityLayers, AffectedModeCountsMatchTheImpact) {
  const auto r = tinyResult();
  const MapLayer affected = styled(r, EquityMapMode::kAffected);
  const auto& counts = affected.classification->counts;
  ASSERT_EQ(counts.size(), 3u);
  EXPECT_EQ(counts[0], r.lines[0].impact.benefit_units);
  EXPECT_EQ(counts[1], 2u);
  EXPECT_EQ(counts[2], r.lines[0].impact.adverse_units);
  EXPECT_EQ(counts[0], 1u);
  EXPECT_EQ(counts[2], 1u);
  EXPECT_EQ(affected.legend()[0].label, i18n::tr("equity.affected.better"));
}

TEST(EquityLayers, FacilitiesAreMarkedOpenClosedOrProposed) {
  const auto r = tinyResult();
  auto layer = equityFacilitiesLayer(r, 0, kCrs);
  ASSERT_TRUE(layer) << layer.error().toString();
  const auto& t = layer->data.table;
  std::map<std::string, std::string> status;
  for (std::size_t row = 0; row < t.rowCount(); ++row)
    status[t.text(row, *t.fieldIndex("id"))] = t.text(row, *t.fieldIndex("status"));
  EXPECT_EQ(
      status,
      (std::map<std::string, std::string>{{"A", "closed"}, {"B", "open"}, {"C", "proposed"}}));
  ASSERT_TRUE(applyStyle(*layer, equityFacilitiesStyle()));
  const auto colors = layer->featureColors();
  EXPECT_NE(colors[0], colors[1]);
  EXPECT_NE(colors[1], colors[2]);
}

TEST(EquityLayers, BundledLibraryAnalysisMapsEveryAffectedUnit) {
  auto def = analysis::readAnalysisDefinition(std::string(EQUIMAP_SOURCE_DIR) +
                                              "/data/analyses/libraries.json");
  ASSERT_TRUE(def) << def.error().toString();
  def->service_lines.resize(1);
  auto result = analysis::runAnalysis(*def);
  ASSERT_TRUE(result) << result.error().toString();
  MapLayer units = styled(*result, EquityMapMode::kAffected);
  const auto& impact = result->lines[0].impact;
  EXPECT_EQ(units.classification->counts[0], impact.benefit_units);
  EXPECT_EQ(units.classification->counts[2], impact.adverse_units);
  EXPECT_GT(impact.adverse_units, 0u);  // closing Mark Twain Branch moves someone farther

  auto facilities = equityFacilitiesLayer(*result, 0, "EPSG:4326");
  ASSERT_TRUE(facilities) << facilities.error().toString();
  const auto& t = facilities->data.table;
  std::size_t closed = 0;
  for (std::size_t row = 0; row < t.rowCount(); ++row)
    if (t.text(row, *t.fieldIndex("status")) == "closed") {
      ++closed;
      EXPECT_EQ(t.text(row, *t.fieldIndex("id")), "Mark Twain Branch Library");
      EXPECT_NEAR(facilities->display.geometries[row].points[0].y, 41.76, 0.03);  // Hartford
    }
  EXPECT_EQ(closed, 1u);
}

}  // namespace
}  // namespace geo::map
