#pragma once

// Analysis definition: the JSON file that says what an equity analysis runs on.
// Paths are relative to the definition file. Parsing never throws: a bad
// definition gives an Error (kParse) naming the file and the JSON field, e.g.
// "/service_lines/0/service_areas/method".
//
// The demographic layer names its own source and ACS join (the same form as a
// recipe layer: "source", "layer", "filter", "join"), so a definition does not
// depend on a recipe file. Example (data/analyses/libraries.json is a full one):
//   { "name": "...", "description": "...", "analysis_crs": "auto",
//     "study_area": { "source": "../boundaries/towns.geojson",
//                     "filter": { "field": "NAME", "values": ["Hartford"] } },
//     "units": { "source": "../census/tracts_2020.geojson", "id_field": "GEOID",
//                "filter": { "field": "town", "values": ["Hartford"] },
//                "join": { "table": "../census/acs2023_5yr_tracts.csv", "key": "GEOID_COG" },
//                "system_field": "town" },
//     "population": "total_population",
//     "groups": [ { "id": "hispanic", "indicator": "hispanic_share" },
//                 { "id": "kids", "name": "Under 5", "columns": ["B01001_003"],
//                   "universe": ["B01001_001"] } ],
//     "coverage_threshold_m": 1600,
//     "tests": { "delta_m": 250, "difference_threshold": 0.10, "four_fifths_threshold": 0.8 },
//     "service_lines": [ { "id": "libraries", "name": "Public libraries",
//         "facilities": { "source": "../facilities/library_outlets_2016.geojson",
//                         "filter": { "field": "town_geo", "values": ["Hartford"] } },
//         "id_field": "name", "name_field": "name", "system_field": "town_geo",
//         "service_areas": { "method": "nearest" },      // nearest | buffer | given | none
//         "scenario": { "name": "...", "close": ["..."], "merge_systems": ["A", "B"],
//                       "add": [ { "id": "new", "lon": -72.7, "lat": 41.7 } ],
//                       "relocate": [ { "id": "...", "lon": ..., "lat": ... } ],
//                       "service_areas": { "method": "buffer", "distance_m": 1600 } } } ] }
//
// Groups: "indicator" takes a share indicator of the built-in catalog
// (indicator.h): the group count is its numerator and the universe its
// denominator; a count indicator counts people with the population as universe.
// "columns" (+ optional "universe", default the population's columns) sums
// ACS variables directly. Coordinates of added or relocated facilities are
// longitude/latitude in degrees (EPSG:4326).

#include <optional>
#include <string>
#include <vector>

#include "geo/analysis/scenario.h"
#include "geo/core/error.h"

namespace geo::analysis {

struct FieldFilter {
  std::string field;
  std::vector<std::string> values;  // a row is kept when its text value is one of these
};

struct TableJoin {
  std::string table;      // absolute after parsing
  std::string key;        // key field in the layer
  std::string table_key;  // key field in the table (defaults to key)
};

struct LayerSource {
  std::string source;  // absolute after parsing
  std::string layer;   // layer within the source; empty = first
  std::optional<FieldFilter> filter;
  std::optional<TableJoin> join;
};

struct GroupSpec {
  std::string id;
  std::string name;
  std::string indicator;              // built-in indicator id, or empty
  std::vector<std::string> columns;   // ACS variable base names, summed
  std::vector<std::string> universe;  // ACS variable base names; empty = population
};

enum class AreaMethod { kNone, kNearest, kBuffer, kGiven };

struct ServiceAreaSpec {
  AreaMethod method = AreaMethod::kNearest;
  double distance_m = 0.0;  // kBuffer radius
  LayerSource given;        // kGiven polygons
  std::string id_field;     // kGiven: area ids (default: row number)
};

struct FacilityPoint {
  std::string id;
  std::string name;
  double lon = 0.0;
  double lat = 0.0;
  std::string system;
};

struct ScenarioSpec {
  std::string name = "scenario";
  std::vector<std::string> close;
  std::vector<FacilityPoint> add;
  std::vector<FacilityPoint> relocate;  // id, lon, lat used
  std::vector<std::string> merge_systems;
  std::optional<ServiceAreaSpec> service_areas;  // swapped set of areas
};

struct ServiceLineSpec {
  std::string id;
  std::string name;
  LayerSource facilities;
  std::string id_field;      // default: row number
  std::string name_field;    // default: id
  std::string system_field;  // default: none (every facility open to all)
  ServiceAreaSpec service_areas;
  ScenarioSpec scenario;
};

struct AnalysisDefinition {
  std::string path;
  std::string name;
  std::string description;
  std::string analysis_crs = "auto";  // "auto" = UTM zone of the study area, else a PROJ CRS
  LayerSource study_area;
  LayerSource units;
  std::string unit_id_field;
  std::string unit_system_field;  // units' own system (e.g. town); empty = none
  std::string population = "total_population";
  std::vector<GroupSpec> groups;
  double coverage_threshold_m = 1600.0;
  ImpactThresholds tests;
  std::vector<ServiceLineSpec> service_lines;
};

core::Result<AnalysisDefinition> readAnalysisDefinition(const std::string& path);
// `path` names the file in messages and anchors relative paths.
core::Result<AnalysisDefinition> parseAnalysisDefinition(const std::string& text,
                                                         const std::string& path);

const char* areaMethodName(AreaMethod method);  // "none", "nearest", "buffer", "given"

}  // namespace geo::analysis
