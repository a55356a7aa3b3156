// KPI maps with breaks locked across periods: one classification over every
// period, re-applied per period, so a value keeps its class over time.

#include "geo/store/kpi_map.h"

#include <gtest/gtest.h>

#include "geo/carto/symbol_size.h"

namespace geo::store {
namespace {

KpiValue value(const std::string& unit, const std::string& period, double v) {
  return {.kpi_id = "visits", .unit_id = unit, .period_utc = period, .value = v};
}

std::vector<KpiValue> history() {
  return {value("Hartford", "2016", 10), value("East Hartford", "2016", 50),
          value("Hartford", "2017", 50), value("East Hartford", "2017", 90),
          value("Hartford", "2018", 90), value("East Hartford", "2018", 10),
          {.kpi_id = "other", .unit_id = "Hartford", .period_utc = "2018", .value = 1000}};
}

TEST(KpiMap, TheSameValueGetsTheSameClassInEveryPeriod) {
  auto locked = lockedKpiClasses("visits", history(), carto::ClassMethod::kEqualInterval, 3);
  ASSERT_TRUE(locked) << locked.error().toString();
  const std::vector<std::string> rows = {"Hartford", "East Hartford"};
  const auto in_2016 = kpiValuesForRows(history(), "visits", "2016", rows);
  const auto in_2017 = kpiValuesForRows(history(), "visits", "2017", rows);
  auto classes_2016 = carto::reapply(*locked, in_2016);
  auto classes_2017 = carto::reapply(*locked, in_2017);
  ASSERT_TRUE(classes_2016 && classes_2017);

  // 50 is East Hartford's value in 2016 (the top of that year) and Hartford's
  // in 2017 (the bottom of that year): classes per period would differ.
  ASSERT_EQ(in_2016[1], 50.0);
  ASSERT_EQ(in_2017[0], 50.0);
  EXPECT_EQ(classes_2016->classOf(in_2016[1]), classes_2017->classOf(in_2017[0]));
  // Equal intervals over 10..90 in 3 classes: 10-36.7, 36.7-63.3, 63.3-90.
  EXPECT_EQ(classes_2016->classOf(in_2016[1]), 1);
  EXPECT_EQ(classes_2017->classOf(in_2017[1]), 2);
  EXPECT_EQ(classes_2016->classOf(in_2016[0]), 0);
}

TEST(KpiMap, ValuesOfOtherKpisDoNotWidenTheBreaks) {
  auto locked = lockedKpiClasses("visits", history(), carto::ClassMethod::kEqualInterval, 4);
  ASSERT_TRUE(locked);
  EXPECT_DOUBLE_EQ(locked->breaks.back(), 90.0);
  EXPECT_DOUBLE_EQ(locked->lower_bound, 10.0);
}

TEST(KpiMap, RowsWithoutAValueInThePeriodHaveNoData) {
  const auto values = kpiValuesForRows(history(), "visits", "2017", {"Hartford", "Bloomfield"});
  ASSERT_EQ(values.size(), 2u);
  EXPECT_EQ(values[0], 50.0);
  EXPECT_FALSE(values[1].has_value());
}

TEST(KpiMap, AKpiWithoutValuesCannotBeClassified) {
  auto locked = lockedKpiClasses("cost", history(), carto::ClassMethod::kQuantile, 5);
  ASSERT_FALSE(locked);
  EXPECT_EQ(locked.error().code, core::ErrorCode::kNotFound);
}


// A map layer of `kind` with one text field `field` holding `texts`.
map::MapLayer textLayer(const std::string& id,
                        core::GeometryKind kind,
                        const std::string& field,
                        const std::vector<std::string>& texts) {
  map::MapLayer layer;
  layer.spec.id = id;
  layer.data.kind = layer.display.kind = kind;
  layer.data.table.addField({field, core::FieldType::kText});
  for (const auto& t : texts) {
    layer.data.table.addRow({t});
    core::Geometry g{.kind = kind};
    if (kind == core::GeometryKind::kPoint) g.points.push_back({0, 0});
    layer.data.geometries.push_back(g);
  }
  layer.display = layer.data;
  return layer;
}

KpiDefinition libraryVisits() {
  return {.id = "visits", .name = "Library visits (whole system)", .unit = "visits",
          .level = KpiLevel::kFacility};
}

std::vector<KpiValue> facilityHistory() {
  auto values = history();
  for (auto& v : values)
    if (v.kpi_id == "visits") v.unit_id += " Public Library";
  return values;
}

map::MapDocument libraryMap() {
  map::MapDocument doc;
  doc.layers.push_back(textLayer("towns", core::GeometryKind::kPolygon, "NAME",
                                 {"Hartford Public Library", "East Hartford"}));
  doc.layers.push_back(textLayer("libraries", core::GeometryKind::kPoint, "name",
                                 {"Park Branch Library", "Hartford Public Library",
                                  "East Hartford Public Library"}));
  return doc;
}

TEST(KpiMap, AFacilityKpiIsMatchedToThePointLayerNamingItsFacilities) {
  const auto match = matchKpiLayer(libraryMap(), libraryVisits(), facilityHistory());
  EXPECT_EQ(match.layer, 1);
  EXPECT_EQ(match.field, "name");
  EXPECT_EQ(match.row_units[2], "East Hartford Public Library");
}

TEST(KpiMap, ATownKpiPrefersTheTownsToTractsCarryingATownField) {
  map::MapDocument doc;
  doc.layers.push_back(textLayer("tracts", core::GeometryKind::kPolygon, "town",
                                 {"Hartford", "Hartford", "East Hartford", "Hartford"}));
  doc.layers.push_back(
      textLayer("towns", core::GeometryKind::kPolygon, "NAME", {"Hartford", "East Hartford"}));
  doc.layers.push_back(textLayer("points", core::GeometryKind::kPoint, "town", {"Hartford"}));
  KpiDefinition kpi{.id = "visits", .level = KpiLevel::kTown};
  EXPECT_EQ(matchKpiLayer(doc, kpi, history()).layer, 1);
  kpi.level = KpiLevel::kWholeService;
  EXPECT_EQ(matchKpiLayer(doc, kpi, history()).layer, -1);
}

// Equal intervals over 10..90 in 3 classes (10-36.7, 36.7-63.3, 63.3-90) and
// symbols of 6 to 30 px: areas 36, 468, 900 px^2, so 6, 21.63 and 30 px.
TEST(KpiMap, FacilityKpisAreGraduatedSymbolsThatKeepTheirSizeAcrossPeriods) {
  auto doc = libraryMap();
  auto& layer = doc.layers[1];
  const auto values = facilityHistory();
  const auto match = matchKpiLayer(doc, libraryVisits(), values);
  auto locked = lockedKpiClasses("visits", values, carto::ClassMethod::kEqualInterval, 3);
  ASSERT_TRUE(locked);

  ASSERT_TRUE(showKpiOnLayer(layer, libraryVisits(), *locked, values, "2016", match.row_units));
  EXPECT_EQ(layer.spec.style.type, map::StyleType::kGraduated);
  const auto sizes_2016 = layer.featureSizesPx();
  ASSERT_EQ(sizes_2016.size(), 3u);
  EXPECT_DOUBLE_EQ(sizes_2016[0], kKpiSymbolMinPx);           // Park Branch: no data
  EXPECT_DOUBLE_EQ(sizes_2016[1], kKpiSymbolMinPx);           // Hartford: 10
  EXPECT_NEAR(sizes_2016[2], 21.633307653, 1e-9);             // East Hartford: 50
  EXPECT_EQ(layer.featureColors()[0], carto::noDataColor());  // no data is grey
  EXPECT_NE(layer.featureColors()[1], carto::noDataColor());

  ASSERT_TRUE(showKpiOnLayer(layer, libraryVisits(), *locked, values, "2017", match.row_units));
  const auto sizes_2017 = layer.featureSizesPx();
  EXPECT_DOUBLE_EQ(sizes_2017[1], sizes_2016[2]);  // 50 in 2017 (Hartford) as in 2016
  EXPECT_DOUBLE_EQ(sizes_2017[2], kKpiSymbolMaxPx);  // East Hartford: 90

  // The legend lists each class at its size, and no data at the smallest.
  const auto legend = layer.legend();
  ASSERT_EQ(legend.size(), 4u);
  const auto expected = carto::graduatedSizes(3, kKpiSymbolMinPx, kKpiSymbolMaxPx);
  for (std::size_t k = 0; k < 3; ++k) EXPECT_DOUBLE_EQ(legend[k].symbol_size_px, expected[k]);
  EXPECT_TRUE(legend[3].no_data);
  EXPECT_EQ(legend[3].count, 1u);
  EXPECT_DOUBLE_EQ(legend[3].symbol_size_px, kKpiSymbolMinPx);
}

TEST(KpiMap, AreaKpisStayChoropleths) {
  auto doc = libraryMap();
  auto& towns = doc.layers[0];
  KpiDefinition kpi{.id = "visits",
                    .name = "Visits",
                    .direction = KpiDirection::kLowerIsBetter,
                    .level = KpiLevel::kTown};
  auto locked = lockedKpiClasses("visits", history(), carto::ClassMethod::kEqualInterval, 3);
  ASSERT_TRUE(locked);
  ASSERT_TRUE(
      showKpiOnLayer(towns, kpi, *locked, history(), "2016", {"Bloomfield", "East Hartford"}));
  EXPECT_EQ(towns.spec.style.type, map::StyleType::kChoropleth);
  EXPECT_EQ(towns.spec.style.ramp, "purples");
  EXPECT_TRUE(towns.featureSizesPx().empty());
  EXPECT_EQ(towns.legend().front().symbol_size_px, 0.0);
}

}  // namespace
}  // namespace geo::store
