#include "geo/analysis/apportioned_indicators.h"

#include <optional>
#include <set>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "geo/analysis/apportion.h"
#include "geo/analysis/indicator.h"
#include "geo/core/log.h"
#include "geo/proj/crs_choice.h"
#include "geo/proj/reproject.h"

namespace geo::analysis {
namespace {

// A count to apportion: the ACS variables summed, and its value per unit.
struct CountColumn {
  std::vector<std::string> variables;
  std::vector<Estimate> values;
};

// How an indicator is put together from the apportioned counts.
struct IndicatorParts {
  std::string indicator_id;
  std::size_t numerator = 0;
  std::optional<std::size_t> denominator;  // shares only
};

// The column summing `variables`, evaluated once per distinct list; nullopt
// when the table lacks one of them (the indicator is then left out).
std::optional<std::size_t> columnFor(const std::vector<std::string>& variables,
                                     const core::FeatureTable& table,
                                     std::vector<CountColumn>& columns) {
  for (std::size_t i = 0; i < columns.size(); ++i)
    if (columns[i].variables == variables) return i;
  const Indicator count{.id = fmt::format("count of {}", fmt::join(variables, "+")),
                        .kind = IndicatorKind::kCount,
                        .numerator = variables};
  auto values = evaluate(count, table);
  if (!values) return std::nullopt;
  columns.push_back({variables, std::move(*values)});
  return columns.size() - 1;
}

std::vector<IndicatorParts> partsFor(const core::FeatureTable& table,
                                     std::vector<CountColumn>& columns) {
  std::vector<IndicatorParts> parts;
  for (const Indicator& indicator : builtinIndicators()) {
    auto numerator = columnFor(indicator.numerator, table, columns);
    if (!numerator) continue;
    IndicatorParts part{indicator.id, *numerator, std::nullopt};
    if (indicator.kind == IndicatorKind::kShare) {
      part.denominator = columnFor(indicator.denominator, table, columns);
      if (!part.denominator) continue;
    }
    parts.push_back(std::move(part));
  }
  return parts;
}

// holes[column][area]: a unit without a value for the column weighs more
// than kMissingWeight in the area.
std::vector<std::vector<bool>> holes(const Apportionment& a, std::size_t areas) {
  std::vector<std::vector<bool>> out(a.missing_units.size(), std::vector<bool>(areas, false));
  for (std::size_t c = 0; c < a.missing_units.size(); ++c) {
    const std::set<std::size_t> missing(a.missing_units[c].begin(), a.missing_units[c].end());
    for (const AuditRow& row : a.audit)
      if (row.area >= 0 && row.weight > kMissingWeight && missing.contains(row.unit))
        out[c][std::size_t(row.area)] = true;
  }
  return out;
}

core::Result<std::vector<core::Geometry>> geometriesIn(const core::Layer& layer,
                                                       const std::string& crs) {
  auto projected = proj::reprojectLayer(layer, crs);
  if (!projected) return std::unexpected(projected.error());
  return std::move(projected->geometries);
}

}  // namespace

core::Result<AreaIndicators> apportionIndicators(const core::Layer& source,
                                                 const core::Layer& target) {
  auto lonlat = proj::reprojectLayer(target, "EPSG:4326");
  if (!lonlat) return std::unexpected(lonlat.error());
  AreaIndicators out{.analysis_crs = proj::chooseProjectedCrs(lonlat->bounds()), .indicators = {}};

  ApportionInput input;
  auto units = geometriesIn(source, out.analysis_crs);
  if (!units) return std::unexpected(units.error());
  auto areas = geometriesIn(target, out.analysis_crs);
  if (!areas) return std::unexpected(areas.error());
  input.units = std::move(*units);
  input.areas = std::move(*areas);

  std::vector<CountColumn> columns;
  const std::vector<IndicatorParts> parts = partsFor(source.table, columns);
  for (CountColumn& column : columns) {
    input.column_names.push_back(column.variables.front());
    input.columns.push_back(std::move(column.values));
  }
  auto apportioned = apportion(input);
  if (!apportioned) return std::unexpected(apportioned.error());

  const auto hole = holes(*apportioned, input.areas.size());
  const auto& by_area = apportioned->by_area;
  for (const IndicatorParts& r : parts) {
    std::vector<Estimate> values;
    for (std::size_t a = 0; a < input.areas.size(); ++a) {
      if (hole[r.numerator][a] || (r.denominator && hole[*r.denominator][a]))
        values.push_back(Estimate::missingValue());
      else if (r.denominator)
        values.push_back(proportion(by_area[r.numerator][a], by_area[*r.denominator][a]));
      else
        values.push_back(by_area[r.numerator][a]);
    }
    out.indicators[r.indicator_id] = std::move(values);
  }
  core::logInfo("analysis",
                "apportioned {} indicators from {} units of {} to {} areas of {} in {}",
                out.indicators.size(),
                input.units.size(),
                source.name,
                input.areas.size(),
                target.name,
                out.analysis_crs);
  return out;
}

}  // namespace geo::analysis
