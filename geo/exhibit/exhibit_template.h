#pragma once

// ExhibitTemplate: everything about a printed map exhibit except the map data:
// page size and orientation, margins, resolution of raster output, title and
// subtitle, which part of the map the frame shows, legend type sizes, scale
// bar units, north arrow, source notes, date, locator inset, an optional
// equity summary and the label language. Saved with the project as JSON.
//
// Units: page lengths in PostScript points (1/72 inch); `dpi` only affects
// PNG and RGBA output. Extents are in the document's display CRS.
// JSON parsing never throws: unknown keys are ignored, a wrong type or value
// gives an ErrorCode::kParse error naming the key.

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

#include "geo/core/error.h"
#include "geo/core/geometry.h"

namespace geo::exhibit {

enum class PageSize { kLetter, kTabloid, kCustom };
enum class Language { kEnglish, kSpanish };
enum class ScaleUnits { kMetric, kImperial };  // metres/kilometres or feet/miles
enum class SummaryStyle { kTable, kBarChart };
// kPercent shows fractions 0..1 as %, kNumber two decimals, kCount whole numbers
// with thousands separators.
enum class ValueFormat { kPercent, kNumber, kCount };
// The access statistic of an automatic summary (METHODS.md section 8): the
// population-weighted mean distance to the nearest facility D_g, or the share
// within the coverage threshold C_g(tau).
enum class AccessStatistic { kMeanDistance, kCoverage };

struct PageSpec {
  PageSize size = PageSize::kLetter;
  double custom_width_pt = 612.0;  // used when size == kCustom (portrait sense)
  double custom_height_pt = 792.0;
  bool landscape = true;
  double margin_pt = 36.0;
  int dpi = 300;

  // Page width and height in points after orientation.
  double widthPt() const;
  double heightPt() const;
};

// What the map frame shows: an explicit box, else the bounds of a layer, else
// the project's home view.
struct FrameSpec {
  std::optional<core::Box> box;  // display CRS
  std::string layer;             // layer id
};

struct LegendSpec {
  double font_pt = 9.0;      // preferred type size
  double min_font_pt = 5.0;  // smallest size before the legend overflows (with a warning)
};

struct InsetSpec {
  bool enabled = false;
  std::string layer;  // layer drawn as context (outlines); empty = every polygon layer
};

struct SummaryRow {
  std::string label;
  std::optional<double> value;    // nullopt = not available (printed as such)
  std::optional<double> compare;  // a second column, e.g. the proposal next to today
};

// An equity summary table or bar chart. The rows are either given by the
// caller or, when `from_analysis` is set, filled from the equity analysis an
// exhibit shows (scenario series, the GUI's equity result; see
// equity_summary.h), which replaces title, headings, format and rows.
struct SummarySpec {
  std::string title;
  SummaryStyle style = SummaryStyle::kTable;
  ValueFormat format = ValueFormat::kPercent;
  std::string value_heading;    // column headings; printed when some row has `compare`
  std::string compare_heading;
  std::vector<SummaryRow> rows;  // empty = no summary drawn
  bool from_analysis = true;     // false: never filled from an analysis
  AccessStatistic statistic = AccessStatistic::kMeanDistance;  // when filled from one
};

struct ExhibitTemplate {
  PageSpec page;
  std::string title;     // empty = the project's name
  std::string subtitle;  // empty = the choropleth's indicator name
  FrameSpec frame;
  LegendSpec legend;
  ScaleUnits scale_units = ScaleUnits::kImperial;
  bool north_arrow = true;
  std::vector<std::string> notes;  // extra source lines, e.g. "ACS 2019-2023 5-year estimates"
  std::string date;                // empty = today's date in the label language
  InsetSpec inset;
  SummarySpec summary;
  Language language = Language::kEnglish;
};

nlohmann::json toJson(const ExhibitTemplate& exhibit);
core::Result<ExhibitTemplate> exhibitTemplateFromJson(const nlohmann::json& json);

// "letter", "tabloid", "custom"; parsePageSize accepts the same names.
const char* pageSizeName(PageSize size);
std::optional<PageSize> parsePageSize(std::string_view name);
const char* languageCode(Language language);  // "en", "es"
std::optional<Language> parseLanguage(std::string_view code);

}  // namespace geo::exhibit
