#pragma once

// Internal to geo/analysis: loading the inputs of an analysis definition
// (layers with filter and join, groups, facilities) and the analysis CRS.

#include <string>
#include <vector>

#include "geo/analysis/analysis_definition.h"
#include "geo/analysis/equity.h"
#include "geo/analysis/scenario.h"
#include "geo/core/error.h"
#include "geo/core/layer.h"

namespace geo::analysis::detail {

// Reads the source, keeps the rows matching the filter, joins the table.
// Join and load warnings are appended to `notes`.
core::Result<core::Layer> loadSource(const LayerSource& source, std::vector<std::string>& notes);

// "auto": the UTM zone of the layer's lon/lat bounds; else `requested` as is.
core::Result<std::string> analysisCrs(const core::Layer& study_area, const std::string& requested);

// Text of `field` per row ("" for nulls); row numbers when `field` is empty.
core::Result<std::vector<std::string>> textColumn(const core::Layer& layer,
                                                  const std::string& field);

// The ACS columns a group counts, and those of its universe (empty = the
// population's): an indicator's numerator and (for a share) denominator, else
// the spec's own columns.
struct GroupColumns {
  std::vector<std::string> count;
  std::vector<std::string> universe;
};
GroupColumns groupColumns(const GroupSpec& spec);

// Population and group counts per row (see GroupSpec).
core::Result<std::vector<Estimate>> populationCounts(const core::FeatureTable& table,
                                                     const std::string& indicator);
core::Result<std::vector<GroupCounts>> groupCounts(const core::FeatureTable& table,
                                                   const std::vector<GroupSpec>& groups,
                                                   const std::string& population_indicator);

// Facilities of a point layer already in the analysis CRS, sorted by id.
// Fails with kInvalidData for duplicate ids (they would break the tie rule).
core::Result<std::vector<Facility>> facilitiesOf(const core::Layer& layer,
                                                 const ServiceLineSpec& line);

}  // namespace geo::analysis::detail
