#include "geo/analysis/indicator.h"

#include <algorithm>
#include <cstddef>

#include "geo/core/log.h"

namespace geo::analysis {
namespace {

using core::ErrorCode;

// Field indices of one variable's estimate and MOE columns.
struct VariableColumns {
  std::size_t estimate = 0;
  std::size_t moe = 0;
};

core::Result<std::size_t> requireField(const core::FeatureTable& table,
                                       const std::string& name,
                                       const Indicator& indicator) {
  if (auto index = table.fieldIndex(name)) return *index;
  return core::fail(core::Error{
      .code = ErrorCode::kNotFound,
      .message = "column " + name + " needed by indicator '" + indicator.id + "' is missing",
      .field = name,
      .hint = "load an ACS table that has this variable with estimate (E) and MOE (M) columns",
  });
}

core::Result<std::vector<VariableColumns>> resolveColumns(const core::FeatureTable& table,
                                                          const std::vector<std::string>& variables,
                                                          const Indicator& indicator) {
  std::vector<VariableColumns> columns;
  for (const std::string& variable : variables) {
    auto estimate = requireField(table, variable + "E", indicator);
    if (!estimate) return std::unexpected(estimate.error());
    auto moe = requireField(table, variable + "M", indicator);
    if (!moe) return std::unexpected(moe.error());
    columns.push_back({*estimate, *moe});
  }
  return columns;
}

Estimate sumRow(const core::FeatureTable& table,
                const std::vector<VariableColumns>& columns,
                std::size_t row) {
  std::vector<Estimate> parts;
  parts.reserve(columns.size());
  for (const VariableColumns& c : columns) {
    parts.push_back(estimateFromCells(table.number(row, c.estimate), table.number(row, c.moe)));
  }
  return sum(parts);
}

core::Result<void> checkDefinition(const Indicator& indicator) {
  bool is_share = indicator.kind == IndicatorKind::kShare;
  if (indicator.numerator.empty() || (is_share && indicator.denominator.empty())) {
    return core::fail(ErrorCode::kInvalidData,
                      "indicator '" + indicator.id + "' has no numerator or denominator columns");
  }
  return {};
}

}  // namespace

core::Result<std::vector<Estimate>> evaluate(const Indicator& indicator,
                                             const core::FeatureTable& table) {
  if (auto ok = checkDefinition(indicator); !ok) return std::unexpected(ok.error());
  auto numerator = resolveColumns(table, indicator.numerator, indicator);
  if (!numerator) return std::unexpected(numerator.error());
  auto denominator = resolveColumns(table, indicator.denominator, indicator);
  if (!denominator) return std::unexpected(denominator.error());

  std::vector<Estimate> estimates;
  estimates.reserve(table.rowCount());
  for (std::size_t row = 0; row < table.rowCount(); ++row) {
    Estimate part = sumRow(table, *numerator, row);
    if (indicator.kind == IndicatorKind::kCount) {
      estimates.push_back(part);
    } else {
      estimates.push_back(proportion(part, sumRow(table, *denominator, row)));
    }
  }

  auto missing = std::count_if(
      estimates.begin(), estimates.end(), [](const Estimate& e) { return e.missing; });
  core::logInfo("analysis",
                "indicator '{}' evaluated on {} rows, {} missing",
                indicator.id,
                estimates.size(),
                missing);
  return estimates;
}

std::vector<Reliability> reliabilities(const std::vector<Estimate>& estimates,
                                       const ReliabilityThresholds& thresholds) {
  std::vector<Reliability> out;
  out.reserve(estimates.size());
  for (const Estimate& e : estimates) out.push_back(reliability(e, thresholds));
  return out;
}

const char* indicatorUnitName(IndicatorUnit unit) {
  switch (unit) {
    case IndicatorUnit::kPeople:
      return "people";
    case IndicatorUnit::kHouseholds:
      return "households";
    case IndicatorUnit::kShare:
      return "share";
  }
  return "share";
}

}  // namespace geo::analysis
