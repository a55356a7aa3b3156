#include "geo/store/kpi_time.h"

#include <fmt/format.h>

#include <chrono>
#include <cstdio>
#include <optional>
#include <regex>

namespace geo::store {
namespace {

namespace chr = std::chrono;

constexpr std::int64_t kHour = 3600;

std::int64_t daysFromCivil(int y, int m, int d) {
  const chr::sys_days days{chr::year{y} / chr::month{static_cast<unsigned>(m)} /
                           chr::day{static_cast<unsigned>(d)}};
  return days.time_since_epoch().count();
}

// Day of the month of the n-th Sunday (n = -1: last) in a month.
int sunday(int year, unsigned month, int n) {
  const chr::year_month ym = chr::year{year} / chr::month{month};
  if (n > 0) {
    const chr::year_month_weekday w = ym / chr::Sunday[static_cast<unsigned>(n)];
    return static_cast<int>(static_cast<unsigned>(chr::year_month_day{chr::sys_days{w}}.day()));
  }
  const chr::year_month_weekday_last w = ym / chr::Sunday[chr::last];
  return static_cast<int>(static_cast<unsigned>(chr::year_month_day{chr::sys_days{w}}.day()));
}

struct DstRule {
  bool any = false;
  std::int64_t start_day = 0;  // days since epoch of the first DST day
  std::int64_t end_day = 0;    // days since epoch of the last DST day
};

DstRule dstRule(int year) {
  if (year >= 2007)
    return {true,
            daysFromCivil(year, 3, sunday(year, 3, 2)),
            daysFromCivil(year, 11, sunday(year, 11, 1))};
  if (year >= 1987)
    return {true,
            daysFromCivil(year, 4, sunday(year, 4, 1)),
            daysFromCivil(year, 10, sunday(year, 10, -1))};
  if (year >= 1967)
    return {true,
            daysFromCivil(year, 4, sunday(year, 4, -1)),
            daysFromCivil(year, 10, sunday(year, 10, -1))};
  return {};
}

core::Result<UtcSeconds> bad(std::string_view text, const std::string& why) {
  return core::fail(core::ErrorCode::kParse,
                    fmt::format("'{}' is not a usable date/time: {}", text, why));
}

struct Parts {
  int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
  std::optional<int> offset_minutes;  // explicit zone
};

core::Result<void> checkRanges(const Parts& p) {
  if (p.month < 1 || p.month > 12) return core::fail(core::ErrorCode::kParse, "month out of range");
  const chr::year_month_day ymd{chr::year{p.year},
                                chr::month{static_cast<unsigned>(p.month)},
                                chr::day{static_cast<unsigned>(std::max(p.day, 0))}};
  if (!ymd.ok()) return core::fail(core::ErrorCode::kParse, "no such day in that month");
  if (p.hour > 23 || p.minute > 59 || p.second > 60)
    return core::fail(core::ErrorCode::kParse, "time of day out of range");
  return {};
}

std::optional<Parts> matchIso(const std::string& s) {
  static const std::regex re(
      R"(^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?)"
      R"(\s*(Z|[+-]\d{2}:?\d{2})?$)");
  std::smatch m;
  if (!std::regex_match(s, m, re)) return std::nullopt;
  Parts p{std::stoi(m[1]),
          std::stoi(m[2]),
          std::stoi(m[3]),
          m[4].matched ? std::stoi(m[4]) : 0,
          m[5].matched ? std::stoi(m[5]) : 0,
          m[6].matched ? std::stoi(m[6]) : 0,
          std::nullopt};
  if (m[7].matched) {
    const std::string z = m[7];
    if (z == "Z") {
      p.offset_minutes = 0;
    } else {
      const int sign = z[0] == '-' ? -1 : 1;
      const std::string digits = z.substr(1);
      const int hh = std::stoi(digits.substr(0, 2));
      const int mm = std::stoi(digits.substr(digits.size() - 2));
      p.offset_minutes = sign * (hh * 60 + mm);
    }
  }
  return p;
}

std::optional<Parts> matchUs(const std::string& s) {
  static const std::regex re(
      R"(^(\d{1,2})/(\d{1,2})/(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?)?$)");
  std::smatch m;
  if (!std::regex_match(s, m, re)) return std::nullopt;
  Parts p{std::stoi(m[3]),
          std::stoi(m[1]),
          std::stoi(m[2]),
          m[4].matched ? std::stoi(m[4]) : 0,
          m[5].matched ? std::stoi(m[5]) : 0,
          m[6].matched ? std::stoi(m[6]) : 0,
          std::nullopt};
  if (m[7].matched) {
    if (p.hour < 1 || p.hour > 12) p.hour = 99;  // rejected by checkRanges
    const bool pm = m[7].str()[0] == 'P' || m[7].str()[0] == 'p';
    p.hour = p.hour % 12 + (pm ? 12 : 0);
  }
  return p;
}

std::string trim(std::string_view text) {
  const auto begin = text.find_first_not_of(" \t\r\n");
  if (begin == std::string_view::npos) return {};
  const auto end = text.find_last_not_of(" \t\r\n");
  return std::string(text.substr(begin, end - begin + 1));
}

}  // namespace

UtcSeconds newYorkLocalToUtc(int year, int month, int day, int hour, int minute, int second) {
  const std::int64_t days = daysFromCivil(year, month, day);
  const std::int64_t local = days * 86400 + hour * kHour + minute * 60 + second;
  const DstRule rule = dstRule(year);
  // DST from 03:00 of the first day (02:00-02:59 does not exist) to 02:00 of the last.
  const bool dst = rule.any && local >= rule.start_day * 86400 + 3 * kHour &&
                   local < rule.end_day * 86400 + 2 * kHour;
  return local + (dst ? 4 : 5) * kHour;
}

bool newYorkDaylightTime(UtcSeconds utc) {
  const chr::year_month_day ymd{chr::floor<chr::days>(chr::sys_seconds{chr::seconds{utc}})};
  const DstRule rule = dstRule(static_cast<int>(ymd.year()));
  // Starts 02:00 EST = 07:00 UTC; ends 02:00 EDT = 06:00 UTC.
  return rule.any && utc >= rule.start_day * 86400 + 7 * kHour &&
         utc < rule.end_day * 86400 + 6 * kHour;
}

core::Result<UtcSeconds> parseTimestamp(std::string_view text) {
  const std::string s = trim(text);
  if (s.empty()) return bad(text, "empty");
  std::optional<Parts> parts = matchIso(s);
  if (!parts) parts = matchUs(s);
  if (!parts) return bad(text, "not a date or time in a known form");
  if (auto ok = checkRanges(*parts); !ok) return bad(text, ok.error().message);

  const Parts& p = *parts;
  if (p.offset_minutes) {
    const std::int64_t local =
        daysFromCivil(p.year, p.month, p.day) * 86400 + p.hour * kHour + p.minute * 60 + p.second;
    return local - std::int64_t{*p.offset_minutes} * 60;
  }
  return newYorkLocalToUtc(p.year, p.month, p.day, p.hour, p.minute, p.second);
}

std::string formatUtc(UtcSeconds utc) {
  const chr::sys_seconds t{chr::seconds{utc}};
  const auto day = chr::floor<chr::days>(t);
  const chr::year_month_day ymd{day};
  const chr::hh_mm_ss hms{t - day};
  return fmt::format("{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z",
                     static_cast<int>(ymd.year()),
                     static_cast<unsigned>(ymd.month()),
                     static_cast<unsigned>(ymd.day()),
                     hms.hours().count(),
                     hms.minutes().count(),
                     hms.seconds().count());
}

}  // namespace geo::store
