#include "geo/io/table_join.h"

#include <gtest/gtest.h>

#include "geo/io/vector_reader.h"
#include "io_test_support.h"

namespace geo::io {
namespace {

using testing::dataPath;

// tests/data/io/join_tracts.geojson keys: 03800, 03900, 04000, 04100, 04100 (all 091105...).
// tests/data/io/join_table.csv keys: 03800, " 03900 ", 03800 (again), 99900, 04100, 04200.
class JoinFixture : public ::testing::Test {
 protected:
  void SetUp() override {
    auto layer = readLayer(dataPath("io/join_tracts.geojson"), {});
    ASSERT_TRUE(layer) << layer.error().toString();
    tracts = std::move(*layer);
    auto loaded = readTable(table_path);
    ASSERT_TRUE(loaded) << loaded.error().toString();
    table = std::move(*loaded);
  }

  std::string table_path = dataPath("io/join_table.csv");
  core::Layer tracts;
  core::FeatureTable table;
};

TEST_F(JoinFixture, ReportCountsMatchesUnmatchedAndDuplicatesWorkedOutByHand) {
  auto report = joinTable(tracts, "GEOID", table, "GEOID", table_path);
  ASSERT_TRUE(report) << report.error().toString();
  EXPECT_EQ(report->target_rows, 5u);
  EXPECT_EQ(report->table_rows, 6u);
  EXPECT_EQ(report->matched, 4u);             // 03800, 03900, 04100 twice
  EXPECT_EQ(report->matched_table_rows, 3u);  // 03800 (first), 03900, 04100
  EXPECT_EQ(report->table_rows_without_geometry, 2u);
  EXPECT_EQ(report->table_keys_without_geometry,
            (std::vector<std::string>{"09110599900", "09110504200"}));
  EXPECT_EQ(report->geometries_without_row, 1u);
  EXPECT_EQ(report->geometry_keys_without_row, std::vector<std::string>{"09110504000"});
  EXPECT_EQ(report->duplicate_table_keys, 1u);
  EXPECT_EQ(report->duplicate_table_key_values, std::vector<std::string>{"09110503800"});
  EXPECT_EQ(report->duplicate_target_keys, 1u);
  EXPECT_EQ(report->duplicate_target_key_values, std::vector<std::string>{"09110504100"});
  EXPECT_EQ(report->key_form, "Connecticut planning-region form (09110..09190)");
}

TEST_F(JoinFixture, ClashingColumnNamesGetASuffixAndTheTableKeyIsNotCopied) {
  auto report = joinTable(tracts, "GEOID", table, "GEOID", table_path);
  ASSERT_TRUE(report) << report.error().toString();
  EXPECT_EQ(report->added_fields, (std::vector<std::string>{"pop", "name_2"}));
  EXPECT_EQ(tracts.table.fieldCount(), 4u);
  EXPECT_EQ(tracts.table.text(0, *tracts.table.fieldIndex("name_2")), "first");
}

TEST_F(JoinFixture, FirstDuplicateWinsAndUnmatchedRowsAreNullNotZero) {
  ASSERT_TRUE(joinTable(tracts, "GEOID", table, "GEOID", table_path));
  std::size_t pop = *tracts.table.fieldIndex("pop");
  EXPECT_EQ(tracts.table.text(0, pop), "1200");  // not the later 999
  EXPECT_EQ(tracts.table.text(1, pop), "950");   // key matched after trimming
  EXPECT_TRUE(core::isNull(tracts.table.value(2, pop)));
  EXPECT_FALSE(tracts.table.number(2, pop).has_value());
  EXPECT_EQ(tracts.table.text(3, pop), "300");
  EXPECT_EQ(tracts.table.text(4, pop), "300");
}

TEST_F(JoinFixture, SummaryNamesTheDuplicateRule) {
  auto report = joinTable(tracts, "GEOID", table, "GEOID", table_path);
  ASSERT_TRUE(report);
  std::string summary = report->summary();
  EXPECT_NE(summary.find("4 of 5 features matched"), std::string::npos) << summary;
  EXPECT_NE(summary.find("first occurrence used"), std::string::npos) << summary;
}

TEST_F(JoinFixture, MissingKeyColumnIsNotFound) {
  auto report = joinTable(tracts, "GEOID", table, "GEOID_COG", table_path);
  ASSERT_FALSE(report);
  EXPECT_EQ(report.error().code, core::ErrorCode::kNotFound);
  EXPECT_EQ(report.error().field, "GEOID_COG");
}

core::FeatureTable keyTable(const std::string& name, const std::vector<std::string>& keys) {
  core::FeatureTable table;
  table.addField({name, core::FieldType::kText});
  table.addField({"value", core::FieldType::kReal});
  for (const auto& key : keys) table.addRow({key, 1.0});
  return table;
}

TEST(TableJoin, CountyKeysAgainstPlanningRegionTableSuggestsGeoidCog) {
  core::Layer layer;
  layer.table = keyTable("GEOID", {"09003503800", "09003503900"});
  core::FeatureTable acs = keyTable("GEOID_COG", {"09110503800", "09110503900"});

  auto report = joinTable(layer, "GEOID", acs, "GEOID_COG", "acs.csv");
  ASSERT_FALSE(report);
  EXPECT_EQ(report.error().code, core::ErrorCode::kInvalidData);
  EXPECT_NE(report.error().hint.find("GEOID_COG"), std::string::npos) << report.error().hint;
  EXPECT_NE(report.error().hint.find("county form"), std::string::npos);
  EXPECT_EQ(layer.table.fieldCount(), 2u);
}

TEST(TableJoin, NoMatchNamesTheOtherLayerColumnThatWouldMatch) {
  core::Layer layer;
  layer.table = keyTable("GEOID", {"09003503800", "09003503900"});
  layer.table.addField({"GEOID_COG", core::FieldType::kText});
  layer.table.set(0, 2, std::string("09110503800"));
  layer.table.set(1, 2, std::string("09110503900"));
  core::FeatureTable acs = keyTable("GEOID_COG", {"09110503800"});

  auto report = joinTable(layer, "GEOID", acs, "GEOID_COG");
  ASSERT_FALSE(report);
  EXPECT_NE(report.error().hint.find("join the layer on GEOID_COG instead"), std::string::npos)
      << report.error().hint;
}

TEST(TableJoin, NonTextKeyColumnIsWarnedAbout) {
  core::Layer layer;
  layer.table.addField({"id", core::FieldType::kInteger});
  layer.table.addRow({std::int64_t{7}});
  core::FeatureTable table = keyTable("id", {"7"});
  auto report = joinTable(layer, "id", table, "id");
  ASSERT_TRUE(report) << report.error().toString();
  EXPECT_EQ(report->matched, 1u);
  ASSERT_EQ(report->warnings.size(), 1u);
  EXPECT_NE(report->warnings[0].find("leading zeros"), std::string::npos);
}

}  // namespace
}  // namespace geo::io
