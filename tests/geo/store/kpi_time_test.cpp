#include "geo/store/kpi_time.h"

#include <gtest/gtest.h>

namespace geo::store {
namespace {

std::string utc(std::string_view text) {
  auto t = parseTimestamp(text);
  return t ? formatUtc(*t) : "error: " + t.error().message;
}

TEST(KpiTime, DatesWithoutZoneAreNewYorkMidnight) {
  EXPECT_EQ(utc("2018-07-01"), "2018-07-01T04:00:00Z");  // EDT
  EXPECT_EQ(utc("2018-01-15"), "2018-01-15T05:00:00Z");  // EST
  EXPECT_EQ(utc("7/1/2019"), "2019-07-01T04:00:00Z");
  EXPECT_EQ(utc("2019/07/01 13:05:00"), "2019-07-01T17:05:00Z");
}

TEST(KpiTime, ExplicitZonesAreUsedAsGiven) {
  EXPECT_EQ(utc("2019-07-01T04:00:00Z"), "2019-07-01T04:00:00Z");
  EXPECT_EQ(utc("2019-11-03T01:30:00-05:00"), "2019-11-03T06:30:00Z");
  EXPECT_EQ(utc("2019-01-01 12:00+0100"), "2019-01-01T11:00:00Z");
}

TEST(KpiTime, DaylightSavingFollowsTheUsRulesSince2007) {
  EXPECT_EQ(utc("2007-03-10 12:00"), "2007-03-10T17:00:00Z");
  EXPECT_EQ(utc("2007-03-11 12:00"), "2007-03-11T16:00:00Z");  // second Sunday of March
  EXPECT_EQ(utc("2019-11-02 12:00"), "2019-11-02T16:00:00Z");
  EXPECT_EQ(utc("2019-11-03 12:00"), "2019-11-03T17:00:00Z");  // first Sunday of November
}

TEST(KpiTime, EarlierYearsUseTheEarlierUsRules) {
  EXPECT_EQ(utc("2006-03-15 12:00"), "2006-03-15T17:00:00Z");  // after 2nd Sunday, before April
  EXPECT_EQ(utc("2006-04-02 12:00"), "2006-04-02T16:00:00Z");  // first Sunday of April
  EXPECT_EQ(utc("1995-07-01"), "1995-07-01T04:00:00Z");
  EXPECT_EQ(utc("1980-04-26 12:00"), "1980-04-26T17:00:00Z");
  EXPECT_EQ(utc("1980-04-27 12:00"), "1980-04-27T16:00:00Z");  // last Sunday of April
  EXPECT_EQ(utc("1960-07-01"), "1960-07-01T05:00:00Z");        // no DST rule before 1967
}

TEST(KpiTime, AmbiguousAndMissingLocalTimesFollowTheDocumentedRule) {
  EXPECT_EQ(utc("11/3/2019 1:30 AM"), "2019-11-03T05:30:00Z");  // first occurrence (EDT)
  EXPECT_EQ(utc("2019-03-10 02:30"), "2019-03-10T07:30:00Z");   // does not exist: EST offset
  EXPECT_EQ(utc("2019-03-10 03:00"), "2019-03-10T07:00:00Z");
}

TEST(KpiTime, ImpossibleDatesAreRejectedWithAReason) {
  EXPECT_NE(utc("2019-13-01").find("month out of range"), std::string::npos);
  EXPECT_NE(utc("2020-02-30").find("no such day"), std::string::npos);
  EXPECT_NE(utc("yesterday").find("not a date"), std::string::npos);
  EXPECT_NE(utc("13/1/2019 1:00 PM").find("month"), std::string::npos);
  EXPECT_EQ(utc("2020-02-29"), "2020-02-29T05:00:00Z");
}

TEST(KpiTime, DaylightFlagAgreesWithTheConversion) {
  EXPECT_TRUE(newYorkDaylightTime(*parseTimestamp("2019-07-01")));
  EXPECT_FALSE(newYorkDaylightTime(*parseTimestamp("2019-12-01")));
}

}  // namespace
}  // namespace geo::store
