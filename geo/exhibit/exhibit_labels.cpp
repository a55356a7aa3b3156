#include "geo/exhibit/exhibit_labels.h"

#include <fmt/format.h>

#include <ctime>

#include "geo/i18n/catalog.h"

namespace geo::exhibit {
namespace {

// Built once per language from the catalog; the month pointers refer to
// catalog strings, which live for the whole program.
ExhibitLabels buildLabels(Language language) {
  const i18n::Language l = catalogLanguage(language);
  auto text = [l](const char* key) { return i18n::tr(l, key); };
  ExhibitLabels labels{
      .no_data = text("legend.no_data"),
      .sources = text("exhibit.sources"),
      .crs = text("exhibit.crs"),
      .transformation = text("exhibit.transformation"),
      .none = text("exhibit.none"),
      .date = text("exhibit.date"),
      .north = text("exhibit.north"),
      .locator = text("exhibit.locator"),
      .metres = text("exhibit.unit.m"),
      .kilometres = text("exhibit.unit.km"),
      .feet = text("exhibit.unit.ft"),
      .miles = text("exhibit.unit.mi"),
      .months = {},
  };
  for (int m = 0; m < 12; ++m)
    labels.months[m] = i18n::tr(l, fmt::format("month.{:02d}", m + 1)).c_str();
  return labels;
}

}  // namespace

i18n::Language catalogLanguage(Language language) {
  return language == Language::kSpanish ? i18n::Language::kSpanish : i18n::Language::kEnglish;
}

const ExhibitLabels& exhibitLabels(Language language) {
  static const ExhibitLabels english = buildLabels(Language::kEnglish);
  static const ExhibitLabels spanish = buildLabels(Language::kSpanish);
  return language == Language::kSpanish ? spanish : english;
}

std::string indicatorName(std::string_view indicator_id,
                          Language language,
                          const std::string& fallback) {
  const std::string key = "indicator." + std::string(indicator_id);
  if (indicator_id.empty() || !i18n::hasKey(key)) return fallback;
  return i18n::tr(catalogLanguage(language), key);
}

std::string todayText(Language language) {
  const std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  const auto& labels = exhibitLabels(language);
  return fmt::format(fmt::runtime(i18n::tr(catalogLanguage(language), "exhibit.date_format")),
                     local.tm_mday,
                     labels.months[local.tm_mon],
                     local.tm_year + 1900);
}

}  // namespace geo::exhibit
