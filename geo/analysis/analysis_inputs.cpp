#include "geo/analysis/analysis_inputs.h"

#include <algorithm>

#include "geo/analysis/indicator.h"
#include "geo/core/log.h"
#include "geo/io/table_join.h"
#include "geo/io/vector_reader.h"
#include "geo/proj/crs_choice.h"
#include "geo/proj/reproject.h"

namespace geo::analysis::detail {
namespace {

core::Layer filtered(const core::Layer& layer, const FieldFilter& filter, std::size_t field) {
  core::Layer out = layer;
  out.table = core::FeatureTable();
  out.geometries.clear();
  for (const core::Field& f : layer.table.fields()) out.table.addField(f);
  for (std::size_t row = 0; row < layer.size(); ++row) {
    const std::string text = layer.table.text(row, field);
    if (std::find(filter.values.begin(), filter.values.end(), text) == filter.values.end())
      continue;
    std::vector<core::Value> values;
    for (std::size_t c = 0; c < layer.table.fieldCount(); ++c)
      values.push_back(layer.table.value(row, c));
    out.table.addRow(std::move(values));
    out.geometries.push_back(layer.geometries[row]);
  }
  return out;
}

core::Error missingField(const core::Layer& layer, const std::string& field) {
  return core::Error{.code = core::ErrorCode::kNotFound,
                     .message = "no field '" + field + "'",
                     .file = layer.source_path,
                     .layer = layer.name,
                     .field = field,
                     .hint = "check the field name in the analysis definition"};
}

core::Result<std::vector<Estimate>> countOf(const core::FeatureTable& table,
                                            const std::vector<std::string>& columns) {
  if (columns.empty()) return core::fail(core::ErrorCode::kInvalidData, "a group needs columns");
  Indicator count{
      .id = "sum of " + columns.front(), .kind = IndicatorKind::kCount, .numerator = columns};
  return evaluate(count, table);
}

}  // namespace

core::Result<core::Layer> loadSource(const LayerSource& source, std::vector<std::string>& notes) {
  auto layer = io::readLayer(source.source, io::ReadOptions{.layer = source.layer});
  if (!layer) return std::unexpected(layer.error());
  for (const std::string& warning : layer->report.warnings)
    notes.push_back(layer->name + ": " + warning);
  if (source.filter) {
    auto field = layer->table.fieldIndex(source.filter->field);
    if (!field) return std::unexpected(missingField(*layer, source.filter->field));
    *layer = filtered(*layer, *source.filter, *field);
    if (layer->size() == 0)
      return std::unexpected(core::Error{.code = core::ErrorCode::kInvalidData,
                                         .message = "the filter keeps no rows",
                                         .file = source.source,
                                         .field = source.filter->field,
                                         .hint = "check the filter values"});
  }
  if (source.join) {
    auto table = io::readTable(source.join->table);
    if (!table) return std::unexpected(table.error());
    auto report =
        io::joinTable(*layer, source.join->key, *table, source.join->table_key, source.join->table);
    if (!report) return std::unexpected(report.error());
    if (report->geometries_without_row > 0)
      notes.push_back(layer->name + ": " + std::to_string(report->geometries_without_row) +
                      " units without ACS row (no data)");
  }
  return layer;
}

core::Result<std::string> analysisCrs(const core::Layer& study_area, const std::string& requested) {
  if (requested != "auto") return requested;
  auto lonlat = proj::reprojectLayer(study_area, "EPSG:4326");
  if (!lonlat) return std::unexpected(lonlat.error());
  return proj::chooseProjectedCrs(lonlat->bounds());
}

core::Result<std::vector<std::string>> textColumn(const core::Layer& layer,
                                                  const std::string& field) {
  std::vector<std::string> out;
  if (field.empty()) {
    for (std::size_t row = 0; row < layer.size(); ++row) out.push_back(std::to_string(row));
    return out;
  }
  auto index = layer.table.fieldIndex(field);
  if (!index) return std::unexpected(missingField(layer, field));
  for (std::size_t row = 0; row < layer.size(); ++row) out.push_back(layer.table.text(row, *index));
  return out;
}

core::Result<std::vector<Estimate>> populationCounts(const core::FeatureTable& table,
                                                     const std::string& indicator) {
  const Indicator* found = findIndicator(indicator);
  if (found == nullptr) return core::fail(core::ErrorCode::kNotFound, "no indicator " + indicator);
  return countOf(table,
                 found->kind == IndicatorKind::kShare ? found->denominator : found->numerator);
}

GroupColumns groupColumns(const GroupSpec& spec) {
  GroupColumns out{spec.columns, spec.universe};
  if (const Indicator* found = findIndicator(spec.indicator)) {
    out.count = found->numerator;
    if (found->kind == IndicatorKind::kShare) out.universe = found->denominator;
  }
  return out;
}

core::Result<std::vector<GroupCounts>> groupCounts(const core::FeatureTable& table,
                                                   const std::vector<GroupSpec>& groups,
                                                   const std::string& population_indicator) {
  auto population = populationCounts(table, population_indicator);
  if (!population) return std::unexpected(population.error());
  std::vector<GroupCounts> out;
  for (const GroupSpec& spec : groups) {
    auto [columns, universe] = groupColumns(spec);
    auto count = countOf(table, columns);
    if (!count) return std::unexpected(count.error());
    GroupCounts group{spec.id, spec.name, std::move(*count), *population};
    if (!universe.empty()) {
      auto universe_count = countOf(table, universe);
      if (!universe_count) return std::unexpected(universe_count.error());
      group.universe = std::move(*universe_count);
    }
    out.push_back(std::move(group));
  }
  return out;
}

core::Result<std::vector<Facility>> facilitiesOf(const core::Layer& layer,
                                                 const ServiceLineSpec& line) {
  auto ids = textColumn(layer, line.id_field);
  auto names =
      ids ? textColumn(layer, line.name_field.empty() ? line.id_field : line.name_field) : ids;
  if (!names) return std::unexpected(names.error());
  std::vector<std::string> systems(layer.size());
  if (!line.system_field.empty()) {
    auto column = textColumn(layer, line.system_field);
    if (!column) return std::unexpected(column.error());
    systems = *column;
  }
  std::vector<Facility> out;
  for (std::size_t row = 0; row < layer.size(); ++row) {
    const core::Geometry& g = layer.geometries[row];
    if (g.kind != core::GeometryKind::kPoint || g.points.empty()) {
      core::logWarning("analysis", "facility row {} of {} has no point; skipped", row, line.id);
      continue;
    }
    out.push_back(Facility{(*ids)[row], (*names)[row], g.points.front(), systems[row]});
  }
  sortById(out);
  for (std::size_t i = 1; i < out.size(); ++i)
    if (out[i].id == out[i - 1].id)
      return std::unexpected(core::Error{.code = core::ErrorCode::kInvalidData,
                                         .message = "duplicate facility id '" + out[i].id + "'",
                                         .file = layer.source_path,
                                         .field = line.id_field,
                                         .hint = "choose an id_field with unique values"});
  return out;
}

}  // namespace geo::analysis::detail
