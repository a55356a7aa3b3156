#include "geo/proj/reproject.h"

#include <gtest/gtest.h>

namespace geo::proj {
namespace {

using geo::core::Geometry;
using geo::core::GeometryKind;
using geo::core::Layer;

Layer twoPointLayer(std::string crs) {
  Layer layer;
  layer.name = "facilities";
  layer.crs_wkt = std::move(crs);
  layer.kind = GeometryKind::kPoint;
  layer.table.addField({"name"});
  layer.table.addRow({std::string("library")});
  layer.table.addRow({std::string("clinic")});
  layer.geometries.push_back(Geometry{.kind = GeometryKind::kPoint, .points = {{-72.0, 41.0}}});
  layer.geometries.push_back(Geometry{});  // a row without geometry stays a row
  return layer;
}

TEST(Reproject, LayerWithoutCrsAsksTheUserToChooseOne) {
  auto result = reprojectLayer(twoPointLayer(""), "EPSG:26918");
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().code, geo::core::ErrorCode::kCrs);
  EXPECT_EQ(result.error().layer, "facilities");
  EXPECT_NE(result.error().hint.find("choose"), std::string::npos);
}

TEST(Reproject, CopyHasProjectedGeometriesAndTargetCrs) {
  Layer source = twoPointLayer("EPSG:4269");
  auto result = reprojectLayer(source, "EPSG:26918");
  ASSERT_TRUE(result) << result.error().toString();
  EXPECT_EQ(result->epsg, 26918);
  EXPECT_EQ(result->crs_name, "NAD83 / UTM zone 18N");
  ASSERT_EQ(result->size(), 2u);
  EXPECT_EQ(result->table.text(1, 0), "clinic");
  EXPECT_NEAR(result->geometries[0].points[0].x, 752320.847898, 0.01);
  EXPECT_NEAR(result->geometries[0].points[0].y, 4543092.954316, 0.01);
  EXPECT_TRUE(result->geometries[1].empty());
  EXPECT_EQ(source.geometries[0].points[0].x, -72.0);  // the source is untouched
}

TEST(Reproject, PointOutsideTheDomainNamesTheFeature) {
  Layer source = twoPointLayer("EPSG:4269");
  source.geometries[1] = Geometry{.kind = GeometryKind::kPoint, .points = {{-72.0, 91.0}}};
  auto result = reprojectLayer(source, "EPSG:26918");
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().feature, "row 1");
}

}  // namespace
}  // namespace geo::proj
