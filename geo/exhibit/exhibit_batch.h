#pragma once

// Batch export: one exhibit per item of a series, in every requested format,
// without a display. Series:
//   indicator     one exhibit per built-in indicator computed on the main
//                 (first visible) choropleth layer, restyled with the same
//                 method, classes and ramp;
//   service_line  one exhibit per point (facility) layer, shown alone on top
//                 of the main choropleth (the other point layers are hidden);
//   scenario      for every service line of the analysis results in the
//                 request, today and proposal (and the change where distances
//                 change): see scenario_series.h. Without results it fails
//                 with ErrorCode::kNotFound and says where to name analyses.
// Files are named "<stem>_<item id>.<ext>" ("<stem>.<ext>" without a series)
// in `out_dir`, which is created when missing; scenario items are
// "<line id>_today", "<line id>_proposal", "<line id>_change".
//
// The document is copied; the caller's document is never changed. Runs on the
// calling thread. Fails on the first exhibit that cannot be written, naming it.

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "geo/analysis/analysis_run.h"
#include "geo/exhibit/exhibit.h"

namespace geo::exhibit {

enum class Series { kNone, kIndicator, kServiceLine, kScenario };

std::optional<Series> parseSeries(std::string_view name);  // "indicator", ...; "" = kNone

struct SeriesItem {
  std::string id;     // file-name safe
  std::string label;  // for messages
};

// The items of a series; `analyses` feeds the scenario series only.
core::Result<std::vector<SeriesItem>> seriesItems(
    const map::MapDocument& doc,
    Series series,
    std::span<const analysis::AnalysisResult> analyses = {});

struct BatchRequest {
  std::string out_dir;
  std::vector<OutputFormat> formats{OutputFormat::kPdf};
  Series series = Series::kNone;
  std::string stem = "exhibit";
  std::size_t max_items = 0;  // export only the first items of the series; 0 = all
  std::span<const analysis::AnalysisResult> analyses;  // the scenario series' results
};

struct BatchResult {
  std::vector<std::string> files;  // in the order written
  std::vector<std::string> warnings;
};

core::Result<BatchResult> exportBatch(const map::MapDocument& doc,
                                      const ExhibitTemplate& exhibit,
                                      const BatchRequest& request);

}  // namespace geo::exhibit
