#include "geo/io/geoid_form.h"

#include <algorithm>
#include <cctype>

namespace geo::io {

GeoidForm geoidForm(std::string_view key) {
  if (key.size() < 5 || !key.starts_with("09")) return GeoidForm::kUnknown;
  if (!std::all_of(key.begin(), key.end(), [](unsigned char c) { return std::isdigit(c); })) {
    return GeoidForm::kUnknown;
  }
  const int county = (key[2] - '0') * 100 + (key[3] - '0') * 10 + (key[4] - '0');
  if (county >= 1 && county <= 15 && county % 2 == 1) return GeoidForm::kCounty;
  if (county >= 110 && county <= 190 && county % 10 == 0) return GeoidForm::kPlanningRegion;
  return GeoidForm::kUnknown;
}

GeoidForm geoidForm(const std::vector<std::string>& keys) {
  bool county = false;
  bool region = false;
  for (const auto& key : keys) {
    GeoidForm form = geoidForm(key);
    county = county || form == GeoidForm::kCounty;
    region = region || form == GeoidForm::kPlanningRegion;
  }
  if (county && region) return GeoidForm::kMixed;
  if (county) return GeoidForm::kCounty;
  if (region) return GeoidForm::kPlanningRegion;
  return GeoidForm::kUnknown;
}

std::string geoidFormText(GeoidForm form) {
  switch (form) {
    case GeoidForm::kCounty:
      return "Connecticut county form (09001..09015)";
    case GeoidForm::kPlanningRegion:
      return "Connecticut planning-region form (09110..09190)";
    case GeoidForm::kMixed:
      return "mixed Connecticut county and planning-region forms";
    case GeoidForm::kUnknown:
      return "not a Connecticut GEOID form";
  }
  return "unknown";
}

}  // namespace geo::io
