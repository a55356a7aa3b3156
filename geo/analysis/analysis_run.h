#pragma once

// Running an analysis definition end to end: load the study area, the units
// with their ACS estimates and each service line's facilities; reproject all
// into one projected analysis CRS in metres; then for each service line compute
// baseline and scenario access, service areas and their apportionment, equity
// statistics and who is affected (METHODS.md sections 4-9).
//
// Designed for a worker thread: `progress` receives the overall fraction and
// cancel() stops the run with kCancelled at the next check. The result is plain
// data (no GDAL/GEOS handles) a GUI can show: per-unit values, per-group
// tables and flags, ready-made sentences. Fails with the Error of the first
// step that failed (file, layer, field named).

#include <string>
#include <vector>

#include "geo/analysis/access.h"
#include "geo/analysis/analysis_definition.h"
#include "geo/analysis/apportion.h"
#include "geo/analysis/equity.h"
#include "geo/analysis/scenario.h"
#include "geo/core/error.h"
#include "geo/core/geometry.h"
#include "geo/core/progress.h"

namespace geo::analysis {

// Baseline or scenario state of one service line.
struct ServiceState {
  std::vector<Facility> facilities;  // sorted by id
  std::vector<UnitAccess> access;    // per unit
  std::vector<std::string> area_ids;
  std::vector<core::Geometry> areas;                 // analysis CRS
  Apportionment apportionment;                       // columns: population, then groups
  std::vector<double> resources;                     // facilities located in each unit
  std::vector<DisparityScore> geographic_disparity;  // per unit, total population
  EquitySummary equity;
};

struct ServiceLineResult {
  std::string id;
  std::string name;
  std::string scenario_name;
  AreaMethod area_method = AreaMethod::kNearest;
  ServiceState baseline;
  ServiceState scenario;
  Impact impact;
  // In English, for reports (geo/analysis/impact_text.h words them in any
  // catalog language): one sentence per raised flag, per notable result.
  std::vector<std::string> flags;
  std::vector<std::string> findings;
};

struct AnalysisResult {
  AnalysisDefinition definition;
  std::string analysis_crs;  // e.g. "EPSG:26918"
  std::string analysis_crs_wkt;
  std::vector<std::string> unit_ids;
  std::vector<core::Geometry> units;  // analysis CRS
  std::vector<core::Vec2> points;     // representative points, analysis CRS
  std::vector<std::string> unit_systems;
  std::vector<Estimate> population;
  std::vector<GroupCounts> groups;
  core::Geometry study_area;
  std::vector<std::string> column_names;  // apportionment columns
  std::vector<ServiceLineResult> lines;
  std::vector<std::string> notes;  // data-quality messages (joins, repairs)
};

core::Result<AnalysisResult> runAnalysis(const AnalysisDefinition& definition,
                                         core::Progress* progress = nullptr);

}  // namespace geo::analysis
