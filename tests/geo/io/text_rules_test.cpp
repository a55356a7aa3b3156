// The pure text rules of geo/io: UTF-8 validity, Census GEO_ID and label rows,
// Connecticut GEOID forms.

#include <gtest/gtest.h>

#include "geo/io/census_csv.h"
#include "geo/io/geoid_form.h"
#include "geo/io/text_encoding.h"

namespace geo::io {
namespace {

TEST(TextEncoding, Utf8ValidityRejectsLatin1BytesAndOverlongs) {
  EXPECT_TRUE(
      isValidUtf8("Pe\xC3\xB1"
                  "alosa"));
  EXPECT_FALSE(
      isValidUtf8("Pe\xF1"
                  "alosa"));
  EXPECT_FALSE(isValidUtf8("\xC0\xAF"));      // overlong '/'
  EXPECT_FALSE(isValidUtf8("\xED\xA0\x80"));  // surrogate
  EXPECT_FALSE(isValidUtf8("\xE2\x82"));      // cut short
}

TEST(TextEncoding, Windows1252FallbackDecodesEuroSignAndAccents) {
  EXPECT_EQ(ensureUtf8("B\xE9langer \x80"), "B\xC3\xA9langer \xE2\x82\xAC");
  EXPECT_EQ(ensureUtf8("already \xC3\xA9"), "already \xC3\xA9");
  EXPECT_EQ(stripBom("\xEF\xBB\xBFGEOID"), "GEOID");
}

TEST(CensusCsv, GeoIdGivesTheGeoidAfterUs) {
  EXPECT_EQ(geoidFromGeoId("1400000US09110503800"), "09110503800");
  EXPECT_EQ(geoidFromGeoId("0500000US09110"), "09110");
  EXPECT_FALSE(geoidFromGeoId("09110503800"));
  EXPECT_FALSE(geoidFromGeoId("Geography"));
  EXPECT_FALSE(geoidFromGeoId("1400000US"));
}

TEST(CensusCsv, LabelRowIsRecognisedButDataRowsAreNot) {
  EXPECT_TRUE(isCensusLabelRow({"Geography", "Geographic Area Name", "Estimate!!Total"}));
  EXPECT_TRUE(isCensusLabelRow({"x", "Estimate!!Total", "Margin of Error!!Total"}));
  EXPECT_FALSE(isCensusLabelRow({"1400000US09110503800", "Census Tract 5038", "3120"}));
  EXPECT_FALSE(isCensusLabelRow({"", ""}));
}

TEST(GeoidForm, CountyAndPlanningRegionCodesAreTold) {
  EXPECT_EQ(geoidForm("09003503800"), GeoidForm::kCounty);
  EXPECT_EQ(geoidForm("09015"), GeoidForm::kCounty);
  EXPECT_EQ(geoidForm("09110503800"), GeoidForm::kPlanningRegion);
  EXPECT_EQ(geoidForm("09190"), GeoidForm::kPlanningRegion);
  EXPECT_EQ(geoidForm("09002503800"), GeoidForm::kUnknown);  // even county code
  EXPECT_EQ(geoidForm("09100503800"), GeoidForm::kUnknown);  // no region 100
  EXPECT_EQ(geoidForm("36061000100"), GeoidForm::kUnknown);  // New York
  EXPECT_EQ(geoidForm(std::vector<std::string>{"09003503800", "09110503800"}), GeoidForm::kMixed);
  EXPECT_EQ(geoidForm(std::vector<std::string>{"", "09110503800"}), GeoidForm::kPlanningRegion);
}

}  // namespace
}  // namespace geo::io
