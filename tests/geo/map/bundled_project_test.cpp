// End to end on the bundled data: the recipe opens, the ACS table joins to every
// Hartford and East Hartford tract, and tract populations add up to town totals
// computed independently from the raw table.

#include <gtest/gtest.h>

#include <map>

#include "geo/analysis/indicator.h"
#include "geo/map/map_document.h"
#include "geo/map/neighborhood_card.h"
#include "geo/map/prepared_view.h"
#include "tests/geo/analysis/csv_text.h"

namespace geo::map {
namespace {

const std::string kDataDir = std::string(EQUIMAP_SOURCE_DIR) + "/data";

class BundledProject : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto recipe = readRecipe(kDataDir + "/hartford.recipe.json");
    ASSERT_TRUE(recipe) << recipe.error().toString();
    auto opened = openRecipe(*recipe);
    ASSERT_TRUE(opened) << opened.error().toString();
    doc_ = new MapDocument(std::move(*opened));
  }
  static void TearDownTestSuite() { delete doc_; }
  static const MapLayer& tracts() { return doc_->layers[std::size_t(doc_->findLayer("tracts"))]; }
  static const MapLayer& neighborhoods() {
    return doc_->layers[std::size_t(doc_->findLayer("neighborhoods"))];
  }
  static MapDocument* doc_;
};
MapDocument* BundledProject::doc_ = nullptr;

// Rows of the tracts layer per town that received an ACS row.
std::map<std::string, int> matchedTractsByTown(const MapLayer& layer) {
  const auto& t = layer.data.table;
  const auto town = *t.fieldIndex("town");
  const auto pop = *t.fieldIndex("B01003_001E");
  std::map<std::string, int> counts;
  for (std::size_t r = 0; r < t.rowCount(); ++r)
    if (t.number(r, pop)) ++counts[t.text(r, town)];
  return counts;
}

TEST_F(BundledProject, JoinsTheAcsTableToEveryHartfordAndEastHartfordTract) {
  ASSERT_TRUE(tracts().join);
  EXPECT_EQ(tracts().join->geometries_without_row, 0u);
  auto counts = matchedTractsByTown(tracts());
  EXPECT_EQ(counts["Hartford"], 41);
  EXPECT_EQ(counts["East Hartford"], 14);
}

TEST_F(BundledProject, TractPopulationsSumToTheTownTotalsOfTheRawTable) {
  // Town totals straight from the CSV, without GDAL, the join or the geometry.
  auto rows = geo::testing::readCsvFile(kDataDir + "/census/acs2023_5yr_tracts.csv");
  ASSERT_TRUE(rows);
  const auto& header = rows->front();
  const auto col = [&](const char* name) {
    return std::size_t(std::find(header.begin(), header.end(), name) - header.begin());
  };
  std::map<std::string, double> raw;
  for (std::size_t i = 1; i < rows->size(); ++i) {
    const auto& row = (*rows)[i];
    if (row.size() > col("B01003_001E") && !row[col("B01003_001E")].empty())
      raw[row[col("town")]] += std::stod(row[col("B01003_001E")]);
  }

  const auto& pop = tracts().indicators.at("total_population");
  const auto town = *tracts().data.table.fieldIndex("town");
  std::map<std::string, double> joined;
  for (std::size_t r = 0; r < pop.size(); ++r)
    if (!pop[r].missing) joined[tracts().data.table.text(r, town)] += pop[r].value;
  for (const char* name : {"Hartford", "East Hartford"}) {
    EXPECT_GT(raw[name], 10000.0) << name;
    EXPECT_DOUBLE_EQ(joined[name], raw[name]) << name;
  }
}

// Hartford's total population straight from the CSV (B01003_001E of its 41 tracts).
double hartfordTotalFromCsv() {
  auto rows = geo::testing::readCsvFile(kDataDir + "/census/acs2023_5yr_tracts.csv");
  if (!rows) return 0;
  const auto& header = rows->front();
  const auto col = [&](const char* name) {
    return std::size_t(std::find(header.begin(), header.end(), name) - header.begin());
  };
  double total = 0;
  for (std::size_t i = 1; i < rows->size(); ++i)
    if ((*rows)[i][col("town")] == "Hartford") total += std::stod((*rows)[i][col("B01003_001E")]);
  return total;
}

std::size_t rowNamed(const MapLayer& layer, const std::string& name) {
  const auto field = *layer.data.table.fieldIndex("name");
  for (std::size_t r = 0; r < layer.data.size(); ++r)
    if (layer.data.table.text(r, field) == name) return r;
  return layer.data.size();
}

TEST_F(BundledProject, EveryNeighborhoodGetsApportionedEstimates) {
  const auto& layer = neighborhoods();
  ASSERT_EQ(layer.data.size(), 17u);
  const auto& population = layer.indicators.at("total_population");
  for (std::size_t r = 0; r < layer.data.size(); ++r) {
    EXPECT_FALSE(population[r].missing) << r;
    EXPECT_GT(population[r].value, 500.0) << r;
    EXPECT_GT(population[r].moe, 0.0) << r;
  }
  for (const auto& id : cardGroupIds()) EXPECT_TRUE(layer.indicators.contains(id)) << id;
}

// The 17 City of Hartford neighborhoods tile the town: checked with SpatiaLite
// in EPSG:32618, their union area equals the sum of their areas (no overlap,
// 46.856 km²) and differs from the census town polygon (46.786 km²) only by
// boundary generalisation (0.30 km² of town outside them, 0.37 km² of them
// outside the town). So their apportioned populations must add up to the
// town's total up to that sliver, and to the SpatiaLite sum of
// B01003_001E · area(tract ∩ neighborhood) / area(tract) over all tracts:
// 120,092.7.
TEST_F(BundledProject, NeighborhoodPopulationsAddUpToHartfordsTotal) {
  const auto& population = neighborhoods().indicators.at("total_population");
  double sum = 0;
  for (const auto& e : population) sum += e.value;
  const double hartford = hartfordTotalFromCsv();
  EXPECT_DOUBLE_EQ(hartford, 119970.0);
  EXPECT_NEAR(sum, hartford, 0.005 * hartford);
  EXPECT_NEAR(sum, 120092.7, 0.0005 * 120092.7);
}

TEST_F(BundledProject, AsylumHillsEstimatesMatchAnIndependentOverlay) {
  // SpatiaLite, EPSG:32618: population 9,701.2; Hispanic share = Σ w·B03002_012E
  // / Σ w·B03002_001E = 0.299457.
  const auto& layer = neighborhoods();
  const std::size_t row = rowNamed(layer, "Asylum Hill");
  ASSERT_LT(row, layer.data.size());
  EXPECT_NEAR(layer.indicators.at("total_population")[row].value, 9701.2, 5.0);
  EXPECT_NEAR(layer.indicators.at("hispanic_share")[row].value, 0.299457, 0.0005);

  const auto input = cardInputFor(layer, row, "Asylum Hill");
  EXPECT_TRUE(input.apportioned);
  EXPECT_EQ(input.groups.size(), cardGroupIds().size());
  const auto card = neighborhoodCard(input, i18n::Language::kEnglish);
  EXPECT_EQ(card.lines[0].rfind("About 9,700 people live here (± ", 0), 0u) << card.lines[0];
}

TEST_F(BundledProject, TheMapExtentSurvivesTheRoundTripThroughLongitudeLatitude) {
  const core::Box box = doc_->home;
  auto lonlat = lonLatExtent(*doc_, box);
  ASSERT_TRUE(lonlat);
  EXPECT_NEAR(lonlat->center().x, -72.66, 0.1);
  EXPECT_NEAR(lonlat->center().y, 41.76, 0.1);
  PreparedView view;
  view.extent_lonlat = *lonlat;
  const core::Box back = preparedViewExtent(*doc_, view);
  // Carried by the middles of the edges, the box comes back to within a few
  // metres although the UTM grid is turned about 1.5° against the meridians.
  EXPECT_NEAR(back.min_x, box.min_x, 10.0);
  EXPECT_NEAR(back.max_x, box.max_x, 10.0);
  EXPECT_NEAR(back.min_y, box.min_y, 10.0);
  EXPECT_NEAR(back.max_y, box.max_y, 10.0);
}

TEST_F(BundledProject, CapturingTheMapRecordsExtentLayersIndicatorAndScenario) {
  auto view = captureView(
      *doc_, doc_->home, doc_->findLayer("tracts"), true, {{"en", "Now"}, {"es", "Ahora"}});
  ASSERT_TRUE(view) << view.error().toString();
  EXPECT_EQ(view->id, "view-6");  // the recipe has five views
  EXPECT_EQ(view->title("es"), "Ahora");
  EXPECT_TRUE(view->extent_lonlat);
  EXPECT_EQ(view->style_layer, "tracts");
  EXPECT_EQ(view->indicator, "poverty_share");
  EXPECT_TRUE(view->proposal);
  const std::vector<std::string> visible = {"tracts", "towns", "hospitals", "libraries"};
  EXPECT_EQ(view->visible, visible);
}

TEST_F(BundledProject, MainMapIsPovertyShareInFiveNaturalBreaksClasses) {
  const auto& layer = tracts();
  ASSERT_TRUE(layer.classification);
  EXPECT_EQ(layer.classification->method, carto::ClassMethod::kNaturalBreaks);
  EXPECT_EQ(layer.classification->classCount(), 5u);
  std::size_t classified = 0;
  for (auto c : layer.classification->counts) classified += c;
  EXPECT_EQ(classified + layer.classification->no_data_count, layer.data.size());
  // The legend lists every class and the no-data entry.
  EXPECT_EQ(layer.legend().size(), 6u);
}

TEST_F(BundledProject, DisplayCrsIsAProjectedCrsInMetresForConnecticut) {
  EXPECT_EQ(doc_->display_crs, "EPSG:26918");
  EXPECT_DOUBLE_EQ(doc_->display_metres_per_unit, 1.0);
  // Hartford's extent is about 10 km across, not 0.1 degrees.
  EXPECT_GT(doc_->home.width(), 8000.0);
  EXPECT_LT(doc_->home.width(), 30000.0);
}

TEST_F(BundledProject, EveryLayerKeepsItsRowsAndItsDisplayCopyMatches) {
  for (const auto& layer : doc_->layers) {
    EXPECT_GT(layer.data.size(), 0u) << layer.spec.id;
    EXPECT_EQ(layer.data.size(), layer.display.size()) << layer.spec.id;
    EXPECT_EQ(layer.featureColors().size(), layer.display.size()) << layer.spec.id;
  }
}

}  // namespace
}  // namespace geo::map
