// Adding a file to an open map: the load report travels with the layer, and a
// source without a CRS is a question for the user, never a silent guess.

#include <gtest/gtest.h>

#include "geo/map/map_document.h"

namespace geo::map {
namespace {

const std::string kBroken = std::string(EQUIMAP_TEST_DATA_DIR) + "/broken/";

TEST(OpenLayerFile, ASourceWithoutCrsAsksTheUserInsteadOfGuessing) {
  auto layer = openLayerFile(kBroken + "no_prj.shp", "EPSG:26918");
  ASSERT_FALSE(layer);
  EXPECT_TRUE(needsCrsChoice(layer.error()));
  EXPECT_NE(layer.error().toString().find("no_prj.shp"), std::string::npos);
}

TEST(OpenLayerFile, TheUsersCrsChoiceLoadsTheLayer) {
  auto layer = openLayerFile(kBroken + "no_prj.shp", "EPSG:26918", "EPSG:4326");
  ASSERT_TRUE(layer) << layer.error().toString();
  EXPECT_EQ(layer->display.size(), layer->data.size());
  EXPECT_EQ(layer->display.epsg, 26918);
}

TEST(OpenLayerFile, AnInvalidPolygonIsRepairedAndReported) {
  auto layer = openLayerFile(kBroken + "bowtie.geojson", "EPSG:26918");
  ASSERT_TRUE(layer) << layer.error().toString();
  EXPECT_EQ(layer->data.report.repaired_geometries, 1u);
  EXPECT_NE(layer->data.report.summary().find("repaired"), std::string::npos);
}

TEST(OpenLayerFile, ACorruptFileGivesTheReasonAndThePath) {
  auto layer = openLayerFile(kBroken + "truncated.shp", "EPSG:26918");
  ASSERT_FALSE(layer);
  EXPECT_NE(layer.error().toString().find("truncated.shp"), std::string::npos);
  EXPECT_FALSE(layer.error().hint.empty());
}

TEST(OpenLayerFile, AnEmptyLayerLoadsWithNothingToDraw) {
  auto layer = openLayerFile(kBroken + "empty_layer.geojson", "EPSG:26918");
  ASSERT_TRUE(layer) << layer.error().toString();
  EXPECT_EQ(layer->display.size(), 0u);
  EXPECT_FALSE(layer->data.report.warnings.empty());
}

}  // namespace
}  // namespace geo::map
