#include "geo/io/vector_reader.h"

#include <gtest/gtest.h>

#include "io_test_support.h"

namespace geo::io {
namespace {

using testing::anyContains;
using testing::dataPath;

// Writes `text` to a file of that name in the test temp folder; returns its path.
std::string writeTempFile(const std::string& name, const char* text) {
  std::string path = ::testing::TempDir() + "/" + name;
  FILE* file = std::fopen(path.c_str(), "w");
  if (file == nullptr) return path;
  std::fputs(text, file);
  std::fclose(file);
  return path;
}

TEST(VectorReader, CsvWithLonLatColumnsGivesPointsAndIgnoresTheByteOrderMark) {
  auto layer = readLayer(dataPath("io/facilities_bom_lonlat.csv"), {});
  ASSERT_TRUE(layer) << layer.error().toString();
  EXPECT_EQ(layer->report.driver, "CSV");
  EXPECT_EQ(layer->kind, core::GeometryKind::kPoint);
  ASSERT_EQ(layer->size(), 2u);
  EXPECT_EQ(layer->table.fields()[0].name, "name");
  ASSERT_EQ(layer->geometries[0].points.size(), 1u);
  EXPECT_EQ(layer->geometries[0].points[0], (core::Vec2{-72.6851, 41.7637}));
  EXPECT_EQ(layer->table.text(1, *layer->table.fieldIndex("GEOID")), "09110510100");
}

TEST(VectorReader, CsvWithCoordinatesButNoPrjHasNoCrsAndSaysSo) {
  auto layer = readLayer(dataPath("io/facilities_bom_lonlat.csv"), {});
  ASSERT_TRUE(layer) << layer.error().toString();
  EXPECT_FALSE(layer->hasCrs());
  EXPECT_TRUE(anyContains(layer->report.warnings, "choose its CRS"));
}

TEST(VectorReader, GeoJsonWithProjectedCoordinatesLosesItsImpliedWgs84) {
  // UTM 18N metres in a GeoJSON (which implies WGS 84): cannot be degrees.
  const std::string path = writeTempFile(
      "utm_in_geojson.geojson",
      R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{"id":1},)"
      R"("geometry":{"type":"Point","coordinates":[692000,4626000]}}]})");
  auto layer = readLayer(path, {});
  ASSERT_TRUE(layer) << layer.error().toString();
  EXPECT_FALSE(layer->hasCrs());
  EXPECT_TRUE(anyContains(layer->report.warnings, "cannot be degrees"));

  const std::string lonlat = writeTempFile(
      "lonlat.geojson",
      R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{"id":1},)"
      R"("geometry":{"type":"Point","coordinates":[-72.68,41.76]}}]})");
  auto kept = readLayer(lonlat, {});
  ASSERT_TRUE(kept) << kept.error().toString();
  EXPECT_TRUE(kept->hasCrs());
  EXPECT_EQ(kept->epsg, 4326);
}

TEST(VectorReader, CsvWithWktColumnGivesPolygons) {
  auto layer = readLayer(dataPath("io/wkt_polygons.csv"), {});
  ASSERT_TRUE(layer) << layer.error().toString();
  EXPECT_EQ(layer->kind, core::GeometryKind::kPolygon);
  ASSERT_EQ(layer->size(), 2u);
  EXPECT_DOUBLE_EQ(core::geometryArea(layer->geometries[1]), 1.0);
}

TEST(VectorReader, CsvWithoutCoordinatesIsATableWithoutGeometryWarnings) {
  auto layer = readLayer(dataPath("broken/leading_zero_geoids.csv"), {});
  ASSERT_TRUE(layer) << layer.error().toString();
  EXPECT_EQ(layer->kind, core::GeometryKind::kNone);
  EXPECT_EQ(layer->geometries.size(), 3u);
  EXPECT_EQ(layer->report.null_geometries, 0u);
  EXPECT_TRUE(layer->report.warnings.empty());
}

TEST(VectorReader, CensusLabelRowIsDroppedAndGeoIdGivesGeoid) {
  auto layer = readLayer(dataPath("io/census_two_row_header.csv"), {});
  ASSERT_TRUE(layer) << layer.error().toString();
  ASSERT_EQ(layer->size(), 2u);
  auto derived = layer->table.fieldIndex("GEOID_FROM_GEO_ID");
  ASSERT_TRUE(derived);
  EXPECT_EQ(layer->table.text(0, *derived), "09110503800");
  EXPECT_EQ(layer->table.text(1, *derived), "09110503900");
  EXPECT_EQ(layer->table.text(0, *layer->table.fieldIndex("B01003_001E")), "3120");
  EXPECT_TRUE(anyContains(layer->report.warnings, "second header row"));
}

TEST(VectorReader, GeoJsonPolygonsKeepCrsAndKeys) {
  auto layer = readLayer(dataPath("io/join_tracts.geojson"), {});
  ASSERT_TRUE(layer) << layer.error().toString();
  EXPECT_EQ(layer->kind, core::GeometryKind::kPolygon);
  EXPECT_EQ(layer->epsg, 4326);
  EXPECT_TRUE(layer->crs_wkt.starts_with("GEOGCRS")) << layer->crs_wkt.substr(0, 40);
  EXPECT_EQ(layer->size(), 5u);
  EXPECT_EQ(layer->report.encoding, "UTF-8");
  // Rings are stored open: the closing vertex of the GeoJSON ring is dropped.
  EXPECT_EQ(layer->geometries[0].polygons[0].rings[0].size(), 4u);
  core::Box box = layer->bounds();
  EXPECT_DOUBLE_EQ(box.max_x, 9.0);
  EXPECT_DOUBLE_EQ(box.max_y, 1.0);
}

TEST(VectorReader, UnknownLayerNameIsNotFound) {
  auto layer = readLayer(dataPath("io/join_tracts.geojson"), {.layer = "rivers"});
  ASSERT_FALSE(layer);
  EXPECT_EQ(layer.error().code, core::ErrorCode::kNotFound);
  EXPECT_EQ(layer.error().layer, "rivers");
}

TEST(VectorReader, CancelledProgressStopsLoading) {
  core::Progress progress;
  progress.cancel();
  auto layer = readLayer(dataPath("io/join_tracts.geojson"), {}, &progress);
  ASSERT_FALSE(layer);
  EXPECT_EQ(layer.error().code, core::ErrorCode::kCancelled);
}

TEST(VectorReader, ProgressReachesOneWhenLoadingCompletes) {
  core::Progress progress;
  auto layer = readLayer(dataPath("io/join_tracts.geojson"), {}, &progress);
  ASSERT_TRUE(layer) << layer.error().toString();
  EXPECT_DOUBLE_EQ(progress.fraction(), 1.0);
}

TEST(VectorReader, MixedLayerKeepsTheDominantKindAndCountsSkippedParts) {
  std::string path =
      writeTempFile("equimap_mixed.geojson", R"({"type":"FeatureCollection","features":[
{"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[0,0]}},
{"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[1,1]}},
{"type":"Feature","properties":{},"geometry":{"type":"LineString","coordinates":[[0,0],[1,1]]}}]})");

  auto layer = readLayer(path, {});
  ASSERT_TRUE(layer) << layer.error().toString();
  EXPECT_EQ(layer->kind, core::GeometryKind::kPoint);
  EXPECT_EQ(layer->report.skipped_parts, 1u);
  EXPECT_TRUE(layer->geometries[2].empty());
  EXPECT_EQ(layer->geometries[2].kind, core::GeometryKind::kNone);
}

TEST(VectorReader, CurvedPolygonIsLinearised) {
  std::string path = writeTempFile("equimap_curve.csv",
                                   "id,WKT\n1,\"CURVEPOLYGON(CIRCULARSTRING(0 0,2 0,0 0))\"\n");

  auto layer = readLayer(path, {});
  ASSERT_TRUE(layer) << layer.error().toString();
  ASSERT_EQ(layer->kind, core::GeometryKind::kPolygon);
  // A full circle of diameter 2 through (0,0) and (2,0): area pi, within linearisation error.
  EXPECT_NEAR(core::geometryArea(layer->geometries[0]), 3.14159265, 0.01);
  EXPECT_GT(layer->geometries[0].vertexCount(), 20u);
}

TEST(VectorReader, CollapsedPolygonIsKeptAsARowWithoutGeometryAndCounted) {
  std::string path =
      writeTempFile("equimap_collapsed.csv",
                    "id,WKT\n1,\"POLYGON ((0 0,1 1,0 0))\"\n2,\"POLYGON ((0 0,1 0,1 1,0 0))\"\n");

  auto layer = readLayer(path, {});
  ASSERT_TRUE(layer) << layer.error().toString();
  ASSERT_EQ(layer->size(), 2u);
  EXPECT_EQ(layer->report.unusable_geometries, 1u);
  EXPECT_TRUE(layer->geometries[0].empty());
  EXPECT_DOUBLE_EQ(core::geometryArea(layer->geometries[1]), 0.5);
  EXPECT_TRUE(anyContains(layer->report.warnings, "could not be repaired"));
}

}  // namespace
}  // namespace geo::io
