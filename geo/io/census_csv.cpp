#include "geo/io/census_csv.h"

#include <algorithm>
#include <cctype>

namespace geo::io {
namespace {

bool allDigits(std::string_view text) {
  return !text.empty() &&
         std::ranges::all_of(text, [](unsigned char c) { return std::isdigit(c) != 0; });
}

bool allAlnum(std::string_view text) {
  return std::ranges::all_of(text, [](unsigned char c) { return std::isalnum(c) != 0; });
}

}  // namespace

bool isCensusLabelRow(const std::vector<std::string>& cells) {
  std::size_t non_empty = 0;
  std::size_t labelled = 0;
  for (const auto& cell : cells) {
    if (cell == "Geography" || cell == "Geographic Area Name") return true;
    if (cell.empty()) continue;
    ++non_empty;
    if (cell.find("!!") != std::string::npos) ++labelled;
  }
  return non_empty > 0 && labelled * 2 >= non_empty;
}

std::optional<std::string> geoidFromGeoId(std::string_view geo_id) {
  std::size_t us = geo_id.find("US");
  if (us == std::string_view::npos || us == 0) return std::nullopt;
  std::string_view prefix = geo_id.substr(0, us);
  std::string_view geoid = geo_id.substr(us + 2);
  if (!allAlnum(prefix) || !allDigits(geoid)) return std::nullopt;
  return std::string(geoid);
}

}  // namespace geo::io
