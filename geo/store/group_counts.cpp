#include "geo/store/group_counts.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

namespace geo::store {

std::vector<GroupCount> groupCountsOf(const std::vector<analysis::AreaGroupTotal>& totals,
                                      const std::string& definition_name) {
  std::vector<GroupCount> out;
  out.reserve(totals.size());
  for (const auto& t : totals) {
    std::string source = fmt::format("{}: {} summed over {} units",
                                     definition_name,
                                     fmt::join(t.columns, " + "),
                                     t.units);
    if (t.missing_units > 0) source += fmt::format(" ({} without data left out)", t.missing_units);
    out.push_back({t.area, t.group_name, t.count.value, std::move(source)});
  }
  return out;
}

core::Result<std::vector<analysis::AreaGroupTotal>> groupTotalsOf(
    const std::string& definition_path,
    const std::string& area_field) {
  auto definition = analysis::readAnalysisDefinition(definition_path);
  if (!definition) return std::unexpected(definition.error());
  const std::string field = area_field.empty() ? definition->unit_system_field : area_field;
  if (field.empty())
    return core::fail(core::Error{.code = core::ErrorCode::kInvalidData,
                                  .message = "no area field to sum the units by",
                                  .file = definition_path,
                                  .hint = "give --area-field or the units' system_field"});
  return analysis::groupTotalsByArea(*definition, field);
}

}  // namespace geo::store
