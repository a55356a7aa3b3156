// Loads and joins the real Connecticut census files described in
// /work/shared/data/PROVENANCE.md. Skipped where the files are not present (CI).

#include <gtest/gtest.h>

#include <filesystem>

#include "geo/io/table_join.h"
#include "geo/io/vector_reader.h"

namespace geo::io {
namespace {

const std::string kCensusDir = "/work/shared/data/census";
const std::string kTracts = kCensusDir + "/ct_tracts_2020_cb.geojson";
const std::string kAcs = kCensusDir + "/acs2023_5yr_tracts_ct_selected_tables.csv";

std::size_t countText(const core::FeatureTable& table, std::size_t field, const std::string& v) {
  std::size_t count = 0;
  for (std::size_t row = 0; row < table.rowCount(); ++row) count += table.text(row, field) == v;
  return count;
}

TEST(RealData, ConnecticutTracts2020LoadWithTownCounts) {
  if (!std::filesystem::exists(kTracts)) GTEST_SKIP() << kTracts << " not present";
  auto layer = readLayer(kTracts, {});
  ASSERT_TRUE(layer) << layer.error().toString();
  EXPECT_EQ(layer->size(), 879u);
  EXPECT_EQ(layer->kind, core::GeometryKind::kPolygon);
  EXPECT_EQ(layer->epsg, 4269);
  EXPECT_EQ(layer->report.null_geometries, 0u);
  std::size_t town = *layer->table.fieldIndex("town");
  EXPECT_EQ(countText(layer->table, town, "Hartford"), 41u);
  EXPECT_EQ(countText(layer->table, town, "East Hartford"), 14u);
  // Longitude first: Connecticut lies around x = -72.7, y = 41.6.
  core::Box box = layer->bounds();
  EXPECT_GT(box.min_x, -74.0);
  EXPECT_LT(box.max_x, -71.7);
  EXPECT_GT(box.min_y, 40.9);
  EXPECT_LT(box.max_y, 42.1);
}

TEST(RealData, Acs2023JoinsOnGeoidCogLeavingTheFiveWaterTracts) {
  if (!std::filesystem::exists(kTracts) || !std::filesystem::exists(kAcs)) {
    GTEST_SKIP() << "census files not present";
  }
  auto layer = readLayer(kTracts, {});
  ASSERT_TRUE(layer) << layer.error().toString();
  auto acs = readTable(kAcs);
  ASSERT_TRUE(acs) << acs.error().toString();
  EXPECT_EQ(acs->rowCount(), 884u);

  auto report = joinTable(*layer, "GEOID_COG", *acs, "GEOID_COG", kAcs);
  ASSERT_TRUE(report) << report.error().toString();
  EXPECT_EQ(report->matched, 879u);
  EXPECT_EQ(report->table_rows_without_geometry, 5u);
  EXPECT_EQ(report->geometries_without_row, 0u);
  EXPECT_EQ(report->duplicate_table_keys, 0u);
  EXPECT_EQ(report->key_form, "Connecticut planning-region form (09110..09190)");
}

TEST(RealData, JoiningCountyGeoidsToAcs2023SaysToUseGeoidCog) {
  if (!std::filesystem::exists(kTracts) || !std::filesystem::exists(kAcs)) {
    GTEST_SKIP() << "census files not present";
  }
  auto layer = readLayer(kTracts, {});
  ASSERT_TRUE(layer);
  auto acs = readTable(kAcs);
  ASSERT_TRUE(acs);
  auto report = joinTable(*layer, "GEOID", *acs, "GEOID_COG", kAcs);
  ASSERT_FALSE(report);
  EXPECT_NE(report.error().hint.find("GEOID_COG"), std::string::npos) << report.error().hint;
}

}  // namespace
}  // namespace geo::io
