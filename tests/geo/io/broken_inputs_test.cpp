// One test per broken input in tests/data/broken (see make_fixtures.sh there):
// each must give a clear Error naming the file, or a layer with the right
// counts and warnings, and never crash.

#include <gtest/gtest.h>

#include "geo/io/table_join.h"
#include "geo/io/vector_reader.h"
#include "io_test_support.h"

namespace geo::io {
namespace {

using testing::anyContains;
using testing::dataPath;

// Reads `path`, expecting a kIo error whose one-line text names the file.
core::Error expectIoError(const std::string& path) {
  auto layer = readLayer(path, {});
  EXPECT_FALSE(layer);
  if (layer) return {};
  EXPECT_EQ(layer.error().code, core::ErrorCode::kIo);
  EXPECT_NE(layer.error().toString().find(path), std::string::npos) << layer.error().toString();
  return layer.error();
}

TEST(BrokenInputs, MissingFileIsAnIoErrorNamingThePathAndAHint) {
  core::Error error = expectIoError(dataPath("broken/does_not_exist.geojson"));
  EXPECT_NE(error.hint.find("ogrinfo --formats"), std::string::npos);
}

TEST(BrokenInputs, TruncatedShapefileIsAnIoErrorWithGdalsReason) {
  core::Error error = expectIoError(dataPath("broken/truncated.shp"));
  EXPECT_NE(error.message.find("fread"), std::string::npos) << error.message;
  EXPECT_NE(error.hint.find("truncated"), std::string::npos);
}

TEST(BrokenInputs, InvalidJsonIsAnIoErrorNamingThePath) {
  core::Error error = expectIoError(dataPath("broken/invalid_json.geojson"));
  EXPECT_NE(error.message.find("GeoJSON"), std::string::npos) << error.message;
}

TEST(BrokenInputs, BowTiePolygonIsRepairedIntoTwoTrianglesAndLogged) {
  testing::LogCollector log;
  auto layer = readLayer(dataPath("broken/bowtie.geojson"), {});
  ASSERT_TRUE(layer) << layer.error().toString();
  EXPECT_EQ(layer->size(), 2u);
  EXPECT_EQ(layer->kind, core::GeometryKind::kPolygon);
  EXPECT_EQ(layer->report.repaired_geometries, 1u);
  // The crossing at (1,1) splits the 2x2 bow tie into two triangles of area 1.
  EXPECT_EQ(layer->geometries[0].polygons.size(), 2u);
  EXPECT_NEAR(core::geometryArea(layer->geometries[0]), 2.0, 1e-12);
  EXPECT_NEAR(core::geometryArea(layer->geometries[1]), 1.0, 1e-12);
  EXPECT_TRUE(log.anyContains("bowtie.geojson"));
  EXPECT_TRUE(log.anyContains("feature 0"));
}

TEST(BrokenInputs, ShapefileWithoutPrjLoadsWithoutCrsAndWarnsToChooseOne) {
  auto layer = readLayer(dataPath("broken/no_prj.shp"), {});
  ASSERT_TRUE(layer) << layer.error().toString();
  EXPECT_EQ(layer->size(), 3u);
  EXPECT_FALSE(layer->hasCrs());
  EXPECT_EQ(layer->epsg, 0);
  EXPECT_TRUE(anyContains(layer->report.warnings, "choose its CRS"));
}

TEST(BrokenInputs, Cp1252ShapefileWithoutCpgDecodesAccentedNames) {
  auto layer = readLayer(dataPath("broken/cp1252.shp"), {});
  ASSERT_TRUE(layer) << layer.error().toString();
  auto name = layer->table.fieldIndex("name");
  ASSERT_TRUE(name);
  EXPECT_EQ(layer->table.text(0, *name),
            "Pe\xC3\xB1"
            "alosa");
  EXPECT_EQ(layer->table.text(1, *name), "B\xC3\xA9langer");
  EXPECT_TRUE(layer->report.encoding.starts_with("CP1252")) << layer->report.encoding;
  EXPECT_TRUE(anyContains(layer->report.warnings, "Windows-1252"));
}

TEST(BrokenInputs, ExplicitEncodingOverridesDetection) {
  auto layer = readLayer(dataPath("broken/cp1252.shp"), {.encoding = "ISO-8859-1"});
  ASSERT_TRUE(layer) << layer.error().toString();
  EXPECT_EQ(layer->table.text(0, *layer->table.fieldIndex("name")),
            "Pe\xC3\xB1"
            "alosa");
  EXPECT_EQ(layer->report.encoding, "ISO-8859-1");
}

TEST(BrokenInputs, LeadingZeroGeoidsStayTextInCsv) {
  auto table = readTable(dataPath("broken/leading_zero_geoids.csv"));
  ASSERT_TRUE(table) << table.error().toString();
  ASSERT_EQ(table->rowCount(), 3u);
  auto geoid = table->fieldIndex("GEOID");
  ASSERT_TRUE(geoid);
  EXPECT_EQ(table->fields()[*geoid].type, core::FieldType::kText);
  EXPECT_EQ(table->text(0, *geoid), "09110503800");
  EXPECT_EQ(table->text(2, *geoid), "09003524100");
}

TEST(BrokenInputs, ScientificNotationGeoidsAreRefusedWhenJoining) {
  std::string path = dataPath("broken/scientific_geoids.csv");
  auto table = readTable(path);
  ASSERT_TRUE(table) << table.error().toString();
  auto target = readLayer(dataPath("io/join_tracts.geojson"), {});
  ASSERT_TRUE(target) << target.error().toString();

  auto joined = joinTable(*target, "GEOID", *table, "GEOID", path);
  ASSERT_FALSE(joined);
  EXPECT_EQ(joined.error().code, core::ErrorCode::kInvalidData);
  std::string text = joined.error().toString();
  EXPECT_NE(text.find(path), std::string::npos);
  EXPECT_NE(text.find("field 'GEOID'"), std::string::npos);
  EXPECT_NE(text.find("spreadsheet"), std::string::npos);
  EXPECT_EQ(target->table.fieldCount(), 2u);  // target untouched
}

TEST(BrokenInputs, EmptyLayerLoadsWithAWarning) {
  auto layer = readLayer(dataPath("broken/empty_layer.geojson"), {});
  ASSERT_TRUE(layer) << layer.error().toString();
  EXPECT_EQ(layer->size(), 0u);
  EXPECT_EQ(layer->report.features, 0u);
  EXPECT_EQ(layer->kind, core::GeometryKind::kNone);
  EXPECT_TRUE(anyContains(layer->report.warnings, "no features"));
}

TEST(BrokenInputs, NullGeometryIsKeptAsARowAndCounted) {
  auto layer = readLayer(dataPath("broken/null_geometry.geojson"), {});
  ASSERT_TRUE(layer) << layer.error().toString();
  ASSERT_EQ(layer->size(), 3u);
  ASSERT_EQ(layer->geometries.size(), 3u);
  EXPECT_EQ(layer->report.null_geometries, 1u);
  EXPECT_TRUE(layer->geometries[1].empty());
  EXPECT_EQ(layer->kind, core::GeometryKind::kPoint);
  EXPECT_EQ(layer->table.text(1, *layer->table.fieldIndex("GEOID")), "09110503900");
  EXPECT_TRUE(anyContains(layer->report.warnings, "1 features have no geometry"));
}

}  // namespace
}  // namespace geo::io
