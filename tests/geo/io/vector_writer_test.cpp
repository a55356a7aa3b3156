#include "geo/io/vector_writer.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "geo/io/vector_reader.h"
#include "tests/geo/ops/shapes_test_support.h"

namespace geo::io {
namespace {

TEST(VectorWriter, GeoPackageRoundTripKeepsRowsFieldsAndAreas) {
  core::Layer layer{.name = "units", .crs_wkt = "", .kind = core::GeometryKind::kPolygon};
  layer.table.addField({"unit_id", core::FieldType::kText});
  layer.table.addField({"distance_m", core::FieldType::kReal});
  layer.table.addRow({std::string("09003500100"), 1234.5});
  layer.table.addRow({std::string("09003500200"), core::Value()});
  layer.geometries = {test::rect(0, 0, 10, 10), test::uShape()};
  const std::string path =
      (std::filesystem::temp_directory_path() / "equimap_writer_test.gpkg").string();

  ASSERT_TRUE(writeLayers({layer}, path));
  auto back = readLayer(path, {});
  ASSERT_TRUE(back) << back.error().toString();
  ASSERT_EQ(back->size(), 2u);
  EXPECT_EQ(back->table.text(0, *back->table.fieldIndex("unit_id")), "09003500100");
  EXPECT_DOUBLE_EQ(*back->table.number(0, *back->table.fieldIndex("distance_m")), 1234.5);
  EXPECT_TRUE(core::isNull(back->table.value(1, *back->table.fieldIndex("distance_m"))));
  EXPECT_DOUBLE_EQ(core::geometryArea(back->geometries[1]), core::geometryArea(test::uShape()));
  std::filesystem::remove(path);
}

TEST(VectorWriter, UnwritableFolderFailsWithIoError) {
  core::Layer layer{.name = "x"};
  auto result = writeLayers({layer}, "/nonexistent-folder/out.gpkg");
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().code, core::ErrorCode::kIo);
}

}  // namespace
}  // namespace geo::io
