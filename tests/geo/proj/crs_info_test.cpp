#include "geo/proj/crs_info.h"

#include <gtest/gtest.h>

namespace geo::proj {
namespace {

constexpr double kUsSurveyFootInMetres = 1200.0 / 3937.0;

TEST(CrsInfo, StatePlaneFeetIsProjectedInUsSurveyFeet) {
  auto info = describeCrs("EPSG:6434");
  ASSERT_TRUE(info) << info.error().toString();
  EXPECT_EQ(info->epsg, 6434);
  EXPECT_FALSE(info->is_geographic);
  EXPECT_EQ(info->unit_name, "US survey foot");
  EXPECT_NEAR(info->metres_per_unit, kUsSurveyFootInMetres, 1e-15);
  EXPECT_NE(info->name.find("Connecticut"), std::string::npos) << info->name;
}

TEST(CrsInfo, Nad83IsGeographicInDegreesWithNoMetresPerUnit) {
  auto info = describeCrs("EPSG:4269");
  ASSERT_TRUE(info);
  EXPECT_EQ(info->name, "NAD83");
  EXPECT_EQ(info->epsg, 4269);
  EXPECT_TRUE(info->is_geographic);
  EXPECT_EQ(info->unit_name, "degree");
  EXPECT_EQ(info->metres_per_unit, 0.0);
}

TEST(CrsInfo, UtmIsInMetres) {
  auto info = describeCrs("EPSG:26918");
  ASSERT_TRUE(info);
  EXPECT_EQ(info->name, "NAD83 / UTM zone 18N");
  EXPECT_EQ(info->unit_name, "metre");
  EXPECT_EQ(info->metres_per_unit, 1.0);
}

TEST(CrsInfo, WktWithoutIdentifierIsIdentifiedAsEpsgCode) {
  // WKT1 as an ESRI .prj file would hold it: no AUTHORITY node.
  const std::string wkt =
      R"(PROJCS["NAD_1983_UTM_Zone_18N",GEOGCS["GCS_North_American_1983",)"
      R"(DATUM["D_North_American_1983",SPHEROID["GRS_1980",6378137.0,298.257222101]],)"
      R"(PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],)"
      R"(PROJECTION["Transverse_Mercator"],PARAMETER["False_Easting",500000.0],)"
      R"(PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",-75.0],)"
      R"(PARAMETER["Scale_Factor",0.9996],PARAMETER["Latitude_Of_Origin",0.0],)"
      R"(UNIT["Meter",1.0]])";
  auto info = describeCrs(wkt);
  ASSERT_TRUE(info) << info.error().toString();
  EXPECT_EQ(info->epsg, 26918);
  EXPECT_EQ(info->metres_per_unit, 1.0);
  EXPECT_FALSE(info->wkt.empty());
}

TEST(CrsInfo, CompoundCrsDescribesItsHorizontalPart) {
  auto info = describeCrs("EPSG:26918+5703");  // UTM 18N + NAVD88 height
  ASSERT_TRUE(info) << info.error().toString();
  EXPECT_FALSE(info->is_geographic);
  EXPECT_EQ(info->unit_name, "metre");
}

TEST(CrsInfo, GarbageIsACrsErrorWithHint) {
  auto info = describeCrs("not a crs at all");
  ASSERT_FALSE(info);
  EXPECT_EQ(info.error().code, geo::core::ErrorCode::kCrs);
  EXPECT_FALSE(info.error().hint.empty());

  auto empty = describeCrs("");
  ASSERT_FALSE(empty);
  EXPECT_EQ(empty.error().code, geo::core::ErrorCode::kCrs);
}

}  // namespace
}  // namespace geo::proj
