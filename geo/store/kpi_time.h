#pragma once

// Timestamps of KPI values: the one rule (METHODS.md section 10).
//
// Every instant is stored in UTC as "YYYY-MM-DDTHH:MM:SSZ". Input text is read as:
//   2018-07-01                      local date (midnight)
//   2018-07-01T14:30[:05[.123]]     local time (also with a space instead of T)
//   ...Z, ...+02:00, ...-0500        an explicit offset: used as given
//   2018/07/01[ 14:30:05]           GDAL's form of spreadsheet dates: local
//   7/1/2018[ 2:30[:05] [PM]]       US month/day/year: local
// "Local" means America/New_York: UTC-5, and UTC-4 during daylight saving time
// by the US rules: since 2007 from the second Sunday of March to the first
// Sunday of November; 1987-2006 first Sunday of April to last Sunday of
// October; 1967-1986 last Sunday of April to last Sunday of October; none
// before 1967. Changes happen at 02:00 local time. A local time that occurs
// twice (01:00-01:59 on the last day of DST) is read as the first occurrence
// (daylight time); a local time that does not exist (02:00-02:59 on the first
// day) is read with the standard-time offset, i.e. one hour later on the clock.
// Limitation: the 1974-1975 emergency daylight saving years follow the
// 1967-1986 rule here. (g++ 12's libstdc++ has no std::chrono time zone
// database, so the rule is implemented here.)
//
// Pure functions; thread safe.

#include <cstdint>
#include <string>
#include <string_view>

#include "geo/core/error.h"

namespace geo::store {

// Seconds since 1970-01-01T00:00:00Z.
using UtcSeconds = std::int64_t;

// Parses a timestamp by the rule above. Fails with kParse and a message saying
// why ("month 13 out of range", "not a date or time").
core::Result<UtcSeconds> parseTimestamp(std::string_view text);

// Converts America/New_York wall-clock time to UTC by the rule above.
UtcSeconds newYorkLocalToUtc(int year, int month, int day, int hour, int minute, int second);

// Whether daylight saving time is in effect in New York at `utc`.
bool newYorkDaylightTime(UtcSeconds utc);

std::string formatUtc(UtcSeconds utc);  // "2018-07-01T04:00:00Z"

}  // namespace geo::store
