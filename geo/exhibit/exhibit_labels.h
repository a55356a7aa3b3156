#pragma once

// Every fixed text an exhibit prints, in English and Spanish, read from the
// translation catalog (data/i18n/<language>.json, keys "exhibit.*", "month.*",
// "indicator.*", "legend.no_data"). Texts are UTF-8. Pure functions, thread safe; the returned references live
// for the whole program.

#include <string>
#include <string_view>

#include "geo/exhibit/exhibit_template.h"
#include "geo/i18n/catalog.h"

namespace geo::exhibit {

struct ExhibitLabels {
  std::string no_data;                          // legend entry for missing values
  std::string sources;                          // lead-in of the source note
  std::string crs;                              // "Coordinate system"
  std::string transformation;                   // "Transformation"
  std::string none;                             // when no transformation was needed
  std::string date;                             // lead-in of the date line
  std::string north;                            // letter on the north arrow
  std::string locator;                          // heading of the locator inset
  std::string metres, kilometres, feet, miles;  // scale bar units (abbreviations)
  const char* months[12];
};

const ExhibitLabels& exhibitLabels(Language language);

// The catalog language of an exhibit language.
i18n::Language catalogLanguage(Language language);

// Name of a built-in indicator in the language, or `fallback` when unknown.
std::string indicatorName(std::string_view indicator_id,
                          Language language,
                          const std::string& fallback);

// "3 December 2026" / "3 de diciembre de 2026" for today's local date.
std::string todayText(Language language);

}  // namespace geo::exhibit
