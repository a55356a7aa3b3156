// The built-in indicator catalog. Every variable number below was checked against
// the ACS 2023 variable dictionary (shared/data/census/acs2023_variable_labels.csv);
// the label of each variable is quoted next to it ("!!" separates label levels).

#include <algorithm>
#include <string>
#include <vector>

#include "geo/analysis/indicator.h"

namespace geo::analysis {
namespace {

// "B01001_020" .. for the numbers first..last of one table.
std::vector<std::string> variableRange(const std::string& table, int first, int last) {
  std::vector<std::string> names;
  for (int n = first; n <= last; ++n) {
    std::string number = std::to_string(n);
    names.push_back(table + "_" + std::string(3 - number.size(), '0') + number);
  }
  return names;
}

std::vector<std::string> joined(std::vector<std::string> a, const std::vector<std::string>& b) {
  a.insert(a.end(), b.begin(), b.end());
  return a;
}

Indicator share(std::string id,
                std::string name,
                std::string universe,
                std::vector<std::string> numerator,
                std::vector<std::string> denominator) {
  return Indicator{
      .id = std::move(id),
      .name = std::move(name),
      .kind = IndicatorKind::kShare,
      .unit = IndicatorUnit::kShare,
      .universe = std::move(universe),
      .numerator = std::move(numerator),
      .denominator = std::move(denominator),
  };
}

std::vector<Indicator> makeCatalog() {
  // B03002 "Hispanic or Latino Origin by Race": _001 "Total", _003 "Total!!Not
  // Hispanic or Latino!!White alone", _004 "...!!Black or African American alone",
  // _006 "...!!Asian alone", _012 "Total!!Hispanic or Latino".
  const std::string race_universe = "total population";
  const std::vector<std::string> race_total = {"B03002_001"};

  // B01001 "Sex by Age": _001 "Total"; male _003 "Under 5 years" .. _006 "15 to 17
  // years", _020 "65 and 66 years" .. _025 "85 years and over"; female _027 "Under 5
  // years" .. _030 "15 to 17 years", _044 "65 and 66 years" .. _049 "85 years and over".
  const std::vector<std::string> age_total = {"B01001_001"};

  // C17002 "Ratio of Income to Poverty Level in the Past 12 Months": _001 "Total",
  // _002 "Under .50", _003 ".50 to .99", _004 "1.00 to 1.24", _005 "1.25 to 1.49",
  // _006 "1.50 to 1.84", _007 "1.85 to 1.99".
  const std::string poverty_universe = "population for whom poverty status is determined";

  return {
      share(
          "hispanic_share", "Share Hispanic or Latino", race_universe, {"B03002_012"}, race_total),
      share(
          "black_nh_share", "Share Black, not Hispanic", race_universe, {"B03002_004"}, race_total),
      share(
          "white_nh_share", "Share White, not Hispanic", race_universe, {"B03002_003"}, race_total),
      share(
          "asian_nh_share", "Share Asian, not Hispanic", race_universe, {"B03002_006"}, race_total),
      share("poverty_share",
            "Share below the poverty level",
            poverty_universe,
            variableRange("C17002", 2, 3),
            {"C17002_001"}),
      share("low_income_share",
            "Share below 200 % of the poverty level",
            poverty_universe,
            variableRange("C17002", 2, 7),
            {"C17002_001"}),
      share("age65_share",
            "Share aged 65 and over",
            "total population",
            joined(variableRange("B01001", 20, 25), variableRange("B01001", 44, 49)),
            age_total),
      share("under18_share",
            "Share under 18",
            "total population",
            joined(variableRange("B01001", 3, 6), variableRange("B01001", 27, 30)),
            age_total),
      // B05001 "Nativity and Citizenship Status in the United States": _001 "Total",
      // _005 "U.S. citizen by naturalization", _006 "Not a U.S. citizen". People born
      // in Puerto Rico or abroad of American parents (_003, _004) are native-born.
      share("foreign_born_share",
            "Share foreign-born",
            "total population",
            {"B05001_005", "B05001_006"},
            {"B05001_001"}),
      // B08201 "Household Size by Vehicles Available": _001 "Total", _002 "No vehicle
      // available".
      share("no_vehicle_share",
            "Share of households with no vehicle",
            "households",
            {"B08201_002"},
            {"B08201_001"}),
      // B25003 "Tenure": _001 "Total", _003 "Renter occupied".
      share("renter_share",
            "Share of households renting",
            "occupied housing units",
            {"B25003_003"},
            {"B25003_001"}),
      // B01003 "Total Population": _001 "Total".
      Indicator{
          .id = "total_population",
          .name = "Total population",
          .kind = IndicatorKind::kCount,
          .unit = IndicatorUnit::kPeople,
          .universe = "total population",
          .numerator = {"B01003_001"},
      },
  };
}

}  // namespace

const std::vector<Indicator>& builtinIndicators() {
  static const std::vector<Indicator> catalog = makeCatalog();
  return catalog;
}

const Indicator* findIndicator(std::string_view id) {
  const std::vector<Indicator>& catalog = builtinIndicators();
  auto it =
      std::find_if(catalog.begin(), catalog.end(), [&](const Indicator& i) { return i.id == id; });
  return it == catalog.end() ? nullptr : &*it;
}

}  // namespace geo::analysis
