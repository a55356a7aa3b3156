// End to end on the bundled data: the recipe opens, the ACS table joins to every
// Hartford and East Hartford tract, and tract populations add up to town totals
// computed independently from the raw table.

#include <gtest/gtest.h>

#include <map>

#include "geo/analysis/indicator.h"
#include "geo/map/map_document.h"
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
