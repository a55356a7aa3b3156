#include "geo/analysis/group_totals.h"

#include <map>

#include "geo/analysis/analysis_inputs.h"
#include "geo/analysis/indicator.h"

namespace geo::analysis {
namespace {

// One count per unit, with its name and columns, before summing per area.
struct UnitCounts {
  std::string id;
  std::string name;
  std::vector<std::string> columns;
  std::vector<Estimate> count;
};

core::Result<std::vector<UnitCounts>> unitCounts(const AnalysisDefinition& definition,
                                                 const core::FeatureTable& table) {
  auto population = detail::populationCounts(table, definition.population);
  if (!population) return std::unexpected(population.error());
  auto groups = detail::groupCounts(table, definition.groups, definition.population);
  if (!groups) return std::unexpected(groups.error());

  const Indicator* indicator = findIndicator(definition.population);  // found: counted above
  std::vector<UnitCounts> out;
  out.push_back({definition.population,
                 indicator->name,
                 indicator->kind == IndicatorKind::kShare ? indicator->denominator
                                                          : indicator->numerator,
                 std::move(*population)});
  for (std::size_t g = 0; g < groups->size(); ++g) {
    const GroupSpec& spec = definition.groups[g];
    out.push_back({spec.id,
                   spec.name.empty() ? spec.id : spec.name,
                   detail::groupColumns(spec).count,
                   std::move((*groups)[g].count)});
  }
  return out;
}

}  // namespace

core::Result<std::vector<AreaGroupTotal>> groupTotalsByArea(const AnalysisDefinition& definition,
                                                            const std::string& area_field) {
  std::vector<std::string> notes;
  auto units = detail::loadSource(definition.units, notes);
  if (!units) return std::unexpected(units.error());
  auto areas = detail::textColumn(*units, area_field);
  if (!areas) return std::unexpected(areas.error());
  auto counts = unitCounts(definition, units->table);
  if (!counts) return std::unexpected(counts.error());

  std::vector<std::string> order;
  std::map<std::string, std::vector<std::size_t>> rows_of;
  for (std::size_t r = 0; r < areas->size(); ++r) {
    auto [it, added] = rows_of.try_emplace((*areas)[r]);
    if (added) order.push_back((*areas)[r]);
    it->second.push_back(r);
  }

  std::vector<AreaGroupTotal> out;
  for (const auto& area : order)
    for (const auto& group : *counts) {
      AreaGroupTotal total{area, group.id, group.name, group.columns};
      std::vector<Estimate> parts;
      for (std::size_t r : rows_of[area]) {
        if (group.count[r].missing) {
          ++total.missing_units;
          continue;
        }
        parts.push_back(group.count[r]);
      }
      total.units = parts.size();
      total.count = sum(parts);
      out.push_back(std::move(total));
    }
  return out;
}

}  // namespace geo::analysis
