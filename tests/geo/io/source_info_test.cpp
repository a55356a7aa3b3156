#include "geo/io/source_info.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "io_test_support.h"

namespace geo::io {
namespace {

using testing::dataPath;

TEST(SourceInfo, DescribesDriverCrsFieldsCountAndExtent) {
  auto info = describeSource(dataPath("io/join_tracts.geojson"));
  ASSERT_TRUE(info) << info.error().toString();
  EXPECT_EQ(info->driver, "GeoJSON");
  ASSERT_EQ(info->layers.size(), 1u);
  const LayerDescription& layer = info->layers[0];
  EXPECT_EQ(layer.info.name, "join_tracts");
  EXPECT_EQ(layer.info.geometry_type, "Polygon");
  EXPECT_EQ(layer.info.feature_count, 5);
  EXPECT_EQ(layer.epsg, 4326);
  ASSERT_EQ(layer.fields.size(), 2u);
  EXPECT_EQ(layer.fields[0].name, "GEOID");
  EXPECT_EQ(layer.fields[0].type, core::FieldType::kText);
  EXPECT_DOUBLE_EQ(layer.extent.min_x, 0.0);
  EXPECT_DOUBLE_EQ(layer.extent.max_x, 9.0);
}

TEST(SourceInfo, JsonHasNullCrsAndExtentForAPlainTable) {
  auto info = describeSource(dataPath("broken/leading_zero_geoids.csv"));
  ASSERT_TRUE(info) << info.error().toString();
  nlohmann::json json = toJson(*info);
  EXPECT_EQ(json["driver"], "CSV");
  EXPECT_TRUE(json["layers"][0]["crs"].is_null());
  EXPECT_TRUE(json["layers"][0]["extent"].is_null());
  EXPECT_EQ(json["layers"][0]["fields"][0]["type"], "text");
  EXPECT_EQ(json["layers"][0]["feature_count"], 3);
}

TEST(SourceInfo, JsonAndTextNameTheCrs) {
  auto info = describeSource(dataPath("io/join_tracts.geojson"));
  ASSERT_TRUE(info) << info.error().toString();
  nlohmann::json json = toJson(*info);
  EXPECT_EQ(json["layers"][0]["crs"]["epsg"], 4326);
  EXPECT_EQ(json["layers"][0]["extent"], nlohmann::json::parse("[0.0, 0.0, 9.0, 1.0]"));
  std::string text = toText(*info);
  EXPECT_NE(text.find("(EPSG:4326)"), std::string::npos) << text;
  EXPECT_NE(text.find("GEOID (text)"), std::string::npos) << text;
  EXPECT_NE(text.find("features: 5"), std::string::npos) << text;
}

TEST(SourceInfo, ListLayersOfAMissingFileIsAnIoError) {
  std::string path = dataPath("io/nowhere.gpkg");
  auto layers = listLayers(path);
  ASSERT_FALSE(layers);
  EXPECT_EQ(layers.error().code, core::ErrorCode::kIo);
  EXPECT_EQ(layers.error().file, path);
}

TEST(SourceInfo, ListLayersGivesNameAndGeometryType) {
  auto layers = listLayers(dataPath("broken/null_geometry.geojson"));
  ASSERT_TRUE(layers) << layers.error().toString();
  ASSERT_EQ(layers->size(), 1u);
  EXPECT_EQ((*layers)[0].name, "null_geometry");
  EXPECT_EQ((*layers)[0].geometry_type, "Point");
}

}  // namespace
}  // namespace geo::io
