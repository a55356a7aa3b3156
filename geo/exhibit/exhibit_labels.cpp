#include "geo/exhibit/exhibit_labels.h"

#include <fmt/format.h>

#include <array>
#include <ctime>
#include <utility>

namespace geo::exhibit {
namespace {

const ExhibitLabels kEnglish{
    .no_data = "No data",
    .sources = "Sources",
    .crs = "Coordinate system",
    .transformation = "Transformation",
    .none = "none (same datum)",
    .date = "Map date",
    .north = "N",
    .locator = "Location",
    .metres = "m",
    .kilometres = "km",
    .feet = "ft",
    .miles = "mi",
    .months = {"January",
               "February",
               "March",
               "April",
               "May",
               "June",
               "July",
               "August",
               "September",
               "October",
               "November",
               "December"},
};

const ExhibitLabels kSpanish{
    .no_data = "Sin datos",
    .sources = "Fuentes",
    .crs = "Sistema de coordenadas",
    .transformation = "Transformación",
    .none = "ninguna (mismo datum)",
    .date = "Fecha del mapa",
    .north = "N",
    .locator = "Ubicación",
    .metres = "m",
    .kilometres = "km",
    .feet = "pies",
    .miles = "mi",
    .months = {"enero",
               "febrero",
               "marzo",
               "abril",
               "mayo",
               "junio",
               "julio",
               "agosto",
               "septiembre",
               "octubre",
               "noviembre",
               "diciembre"},
};

// Spanish names of the built-in indicators (English names come from the catalog).
constexpr std::array<std::pair<std::string_view, std::string_view>, 12> kSpanishIndicators{{
    {"hispanic_share", "Proporción hispana o latina"},
    {"black_nh_share", "Proporción negra, no hispana"},
    {"white_nh_share", "Proporción blanca, no hispana"},
    {"asian_nh_share", "Proporción asiática, no hispana"},
    {"poverty_share", "Proporción bajo el nivel de pobreza"},
    {"low_income_share", "Proporción bajo el 200 % del nivel de pobreza"},
    {"age65_share", "Proporción de 65 años o más"},
    {"under18_share", "Proporción menor de 18 años"},
    {"foreign_born_share", "Proporción nacida en el extranjero"},
    {"no_vehicle_share", "Proporción de hogares sin vehículo"},
    {"renter_share", "Proporción de hogares que alquilan"},
    {"total_population", "Población total"},
}};

}  // namespace

const ExhibitLabels& exhibitLabels(Language language) {
  return language == Language::kSpanish ? kSpanish : kEnglish;
}

std::string indicatorName(std::string_view indicator_id,
                          Language language,
                          const std::string& fallback) {
  if (language != Language::kSpanish) return fallback;
  for (const auto& [id, name] : kSpanishIndicators)
    if (id == indicator_id) return std::string(name);
  return fallback;
}

std::string todayText(Language language) {
  const std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  const auto& labels = exhibitLabels(language);
  if (language == Language::kSpanish)
    return fmt::format(
        "{} de {} de {}", local.tm_mday, labels.months[local.tm_mon], local.tm_year + 1900);
  return fmt::format("{} {} {}", local.tm_mday, labels.months[local.tm_mon], local.tm_year + 1900);
}

}  // namespace geo::exhibit
