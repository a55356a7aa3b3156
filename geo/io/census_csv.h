#pragma once

// Recognising the quirks of tables downloaded from data.census.gov:
// - a second header row of human labels ("Geography", "Geographic Area Name",
//   "Estimate!!Total") under the machine column names;
// - a GEO_ID column such as "1400000US09110503800" whose part after "US" is the
//   GEOID used by TIGER files.
// Pure text functions; thread safe.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace geo::io {

// Name of the derived text field added next to GEO_ID.
inline constexpr const char* kGeoidFromGeoIdField = "GEOID_FROM_GEO_ID";

// True when `cells` (the first data row) is a row of labels rather than data:
// a cell reads "Geography" or "Geographic Area Name", or at least half of the
// non-empty cells contain the ACS label separator "!!".
bool isCensusLabelRow(const std::vector<std::string>& cells);

// "1400000US09110503800" -> "09110503800"; nullopt when the text has no
// summary-level prefix ending in "US" followed by digits.
std::optional<std::string> geoidFromGeoId(std::string_view geo_id);

}  // namespace geo::io
