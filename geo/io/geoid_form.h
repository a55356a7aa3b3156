#pragma once

// Which Connecticut GEOID form a set of keys uses. Since 2022 the Census
// Bureau codes Connecticut by nine planning regions (state 09 + county code
// 110..190, e.g. 09110503800) instead of eight counties (09 + 001..015 odd,
// e.g. 09003503800). The same 2020 tract has one GEOID of each form.
// Pure functions; thread safe.

#include <string>
#include <string_view>
#include <vector>

namespace geo::io {

enum class GeoidForm {
  kUnknown,         // no key looks like a Connecticut GEOID
  kCounty,          // 09 + 001, 003, ..., 015
  kPlanningRegion,  // 09 + 110, 120, ..., 190
  kMixed,           // both forms present
};

// Form of one key (trimmed text); kUnknown for anything else.
GeoidForm geoidForm(std::string_view key);

// Form of a set of keys: kMixed when both forms occur, else the one that does.
GeoidForm geoidForm(const std::vector<std::string>& keys);

// "county form (09001..09015)", "planning-region form (09110..09190)", ...
std::string geoidFormText(GeoidForm form);

}  // namespace geo::io
