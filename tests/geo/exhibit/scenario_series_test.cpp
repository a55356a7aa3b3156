// The scenario series on the bundled map and library analysis. Which tracts
// change was worked out by hand, independently of the analysis code: GDAL's
// SQLite dialect gave each Hartford and East Hartford tract's point on
// surface in longitude/latitude, and straight-line distances to the 12
// library points (equirectangular at 41.77° N) gave
//   09003503102 (Hartford): Mark Twain Branch 253 m today; with Mark Twain
//     closed, Albany Avenue Branch 1,469 m;
//   09003510900 (East Hartford, far south-east): Wickham Memorial 4,984 m in
//     both states (no Hartford branch is nearer after the merge).
// The analysis uses its own points in UTM 18N, so distances agree within 100 m.

#include "geo/exhibit/scenario_series.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <set>

#include "geo/exhibit/exhibit.h"
#include "geo/exhibit/exhibit_batch.h"
#include "tests/geo/exhibit/exhibit_test_support.h"

namespace geo::exhibit {
namespace {

namespace fs = std::filesystem;
using testing::bundledAnalysis;
using testing::bundledDocument;

constexpr const char* kMarkTwainTract = "09003503102";
constexpr const char* kFarTract = "09003510900";

const ScenarioItem& item(const std::string& id) {
  static const auto items = scenarioItems(std::span(&bundledAnalysis(), 1));
  auto it = std::ranges::find(items, id, &ScenarioItem::id);
  EXPECT_NE(it, items.end()) << id;
  return *it;
}

struct Rendered {
  map::MapDocument doc;
  ExhibitTemplate exhibit;
  RgbaImage image;
  MapFrame frame;
};

Rendered render(const std::string& id, int dpi) {
  Rendered r{bundledDocument(), {}, {}, {}};
  r.exhibit.page.dpi = dpi;
  EXPECT_TRUE(applyScenarioItem(r.doc, r.exhibit, bundledAnalysis(), item(id)));
  const auto path = testing::scratchDir("scenario_" + id) / "page.png";
  auto written = writeExhibit(r.doc, r.exhibit, OutputFormat::kPng, path.string());
  EXPECT_TRUE(written.has_value()) << written.error().toString();
  auto image = readPngImage(path.string());
  EXPECT_TRUE(image.has_value());
  r.image = std::move(*image);
  auto prepared = prepareExhibit(r.doc, r.exhibit);
  EXPECT_TRUE(prepared.has_value());
  r.frame = prepared->layout.frame;
  return r;
}

const map::MapLayer& unitsLayer(const map::MapDocument& doc) {
  const int i = doc.findLayer("equity_units");
  EXPECT_GE(i, 0);
  return doc.layers[std::size_t(i)];
}

std::size_t rowOf(const map::MapLayer& units, const std::string& id) {
  const auto field = units.data.table.fieldIndex("id");
  for (std::size_t r = 0; r < units.data.size(); ++r)
    if (units.data.table.text(r, *field) == id) return r;
  ADD_FAILURE() << "no unit " << id;
  return 0;
}

double field(const map::MapLayer& units, const std::string& id, const char* name) {
  return units.data.table.number(rowOf(units, id), *units.data.table.fieldIndex(name)).value_or(-1);
}

// The PNG pixel deep inside a unit, clear of every facility symbol, and the
// colour the unit's class has in the layer.
std::pair<carto::Rgba, carto::Rgba> unitPixel(const Rendered& r, const std::string& id) {
  const map::MapLayer& units = unitsLayer(r.doc);
  const std::size_t row = rowOf(units, id);
  std::vector<core::Vec2> symbols;
  for (const auto& layer : r.doc.layers)
    if (layer.spec.visible && layer.display.kind == core::GeometryKind::kPoint)
      for (const auto& g : layer.display.geometries) symbols.push_back(g.points.at(0));
  const double margin = 6.0 / r.frame.points_per_unit;  // 6 pt in display units
  auto p = testing::deepInteriorPoint(units.display.geometries[row], margin, symbols);
  EXPECT_TRUE(p.has_value()) << id;
  const core::Vec2 page = r.frame.toPage(p.value_or(core::Vec2{}));
  const double px_per_pt = r.exhibit.page.dpi / 72.0;
  return {r.image.at(int(page.x * px_per_pt), int(page.y * px_per_pt)), units.featureColors()[row]};
}

TEST(ScenarioSeries, ItemsAreTodayAndProposalPerLineAndAChangeOnlyWhereDistancesChange) {
  std::vector<std::string> notes;
  const auto items = scenarioItems(std::span(&bundledAnalysis(), 1), &notes);
  std::vector<std::string> ids;
  for (const auto& i : items) ids.push_back(i.id);
  // The school scenario swaps service areas only, so no distance changes.
  EXPECT_EQ(ids,
            (std::vector<std::string>{"libraries_today",
                                      "libraries_proposal",
                                      "libraries_change",
                                      "schools_today",
                                      "schools_proposal"}));
  ASSERT_EQ(notes.size(), 1u);
  EXPECT_NE(notes[0].find("Public schools (2019)"), std::string::npos);
}

TEST(ScenarioSeries, BatchOfTheBundledRecipeWritesExactlyTheExpectedFiles) {
  const auto dir = testing::scratchDir("scenario_batch") / "out";
  ExhibitTemplate t;
  t.page.dpi = 36;
  const std::vector<analysis::AnalysisResult> analyses{bundledAnalysis()};
  BatchRequest request{.out_dir = dir.string(),
                       .formats = {OutputFormat::kPdf, OutputFormat::kPng},
                       .series = Series::kScenario,
                       .stem = "hartford",
                       .analyses = analyses};
  auto result = exportBatch(bundledDocument(), t, request);
  ASSERT_TRUE(result.has_value()) << result.error().toString();

  std::set<std::string> written;
  for (const auto& entry : fs::directory_iterator(dir))
    written.insert(entry.path().filename().string());
  std::set<std::string> expected;
  for (const char* id : {"libraries_today",
                         "libraries_proposal",
                         "libraries_change",
                         "schools_today",
                         "schools_proposal"})
    for (const char* ext : {".pdf", ".png"}) expected.insert(std::string("hartford_") + id + ext);
  EXPECT_EQ(written, expected);
  EXPECT_EQ(result->files.size(), 10u);
  // The document keeps its own map.
  EXPECT_LT(bundledDocument().findLayer("equity_units"), 0);
  EXPECT_TRUE(bundledDocument().layers[0].spec.visible);
}

TEST(ScenarioSeries, DistancesOfTheHandCheckedTractsAgreeWithTheHandCalculation) {
  const Rendered today = render("libraries_today", 36);
  const map::MapLayer& units = unitsLayer(today.doc);
  EXPECT_NEAR(field(units, kMarkTwainTract, "baseline_m"), 253, 100);
  EXPECT_NEAR(field(units, kMarkTwainTract, "scenario_m"), 1469, 100);
  EXPECT_NEAR(field(units, kFarTract, "baseline_m"), 4984, 100);
  EXPECT_NEAR(field(units, kFarTract, "scenario_m"), 4984, 100);
}

TEST(ScenarioSeries, MarkTwainTractChangesClassColourWhileAFarTractKeepsItsColour) {
  const Rendered today = render("libraries_today", 150);
  const Rendered proposal = render("libraries_proposal", 150);

  const auto [near_today, near_today_class] = unitPixel(today, kMarkTwainTract);
  const auto [near_proposal, near_proposal_class] = unitPixel(proposal, kMarkTwainTract);
  EXPECT_EQ(near_today, near_today_class);
  EXPECT_EQ(near_proposal, near_proposal_class);
  EXPECT_NE(near_today, near_proposal);  // 253 m and 1,469 m are classes apart

  const auto [far_today, far_today_class] = unitPixel(today, kFarTract);
  const auto [far_proposal, far_proposal_class] = unitPixel(proposal, kFarTract);
  EXPECT_EQ(far_today, far_today_class);
  EXPECT_EQ(far_proposal, far_proposal_class);
  EXPECT_EQ(far_today, far_proposal);  // locked breaks: same distance, same colour
}

TEST(ScenarioSeries, TodayShowsEveryLibraryOpenAndTheProposalMarksMarkTwainClosed) {
  for (const char* id : {"libraries_today", "libraries_proposal"}) {
    map::MapDocument doc = bundledDocument();
    ExhibitTemplate t;
    ASSERT_TRUE(applyScenarioItem(doc, t, bundledAnalysis(), item(id)));
    const auto& facilities = doc.layers.back();
    ASSERT_EQ(facilities.spec.id, "equity_facilities");
    const auto& table = facilities.data.table;
    std::set<std::string> closed;
    for (std::size_t r = 0; r < table.rowCount(); ++r)
      if (table.text(r, *table.fieldIndex("status")) == "closed")
        closed.insert(table.text(r, *table.fieldIndex("id")));
    EXPECT_EQ(table.rowCount(), 12u) << id;  // 10 Hartford and 2 East Hartford libraries
    EXPECT_EQ(closed.size(), std::string(id) == "libraries_today" ? 0u : 1u) << id;
    if (!closed.empty()) {
      EXPECT_EQ(*closed.begin(), "Mark Twain Branch Library");
    }
    // The recipe's own choropleth and facility layers make way for the analysis layers.
    EXPECT_FALSE(doc.layers[std::size_t(doc.findLayer("tracts"))].spec.visible);
    EXPECT_FALSE(doc.layers[std::size_t(doc.findLayer("libraries"))].spec.visible);
    EXPECT_TRUE(doc.layers[std::size_t(doc.findLayer("towns"))].spec.visible);
    EXPECT_EQ(t.frame.layer, "equity_units");
  }
}

TEST(ScenarioSeries, PdfNamesTheStateTheScenarioAndTheMethod) {
  map::MapDocument doc = bundledDocument();
  ExhibitTemplate t;
  ASSERT_TRUE(applyScenarioItem(doc, t, bundledAnalysis(), item("libraries_proposal")));
  const auto path = testing::scratchDir("scenario_pdf") / "proposal.pdf";
  ASSERT_TRUE(writeExhibit(doc, t, OutputFormat::kPdf, path.string()));
  const std::string text = testing::oneLine(testing::pdfText(path));
  ASSERT_FALSE(text.empty()) << "pdftotext (poppler-utils) is needed for this test";
  EXPECT_NE(text.find("Public libraries and branches: distance to the nearest facility"),
            std::string::npos);
  EXPECT_NE(text.find("Proposal: merge systems, close Mark Twain Branch"), std::string::npos);
  EXPECT_NE(text.find("Facility status"), std::string::npos);
  EXPECT_NE(text.find("closed (1)"), std::string::npos);
  EXPECT_NE(text.find("library_outlets_2016.geojson"), std::string::npos);
  EXPECT_NE(text.find("straight line"), std::string::npos);
}

TEST(ScenarioSeries, SpanishExhibitKeepsItsAccents) {
  map::MapDocument doc = bundledDocument();
  ExhibitTemplate t;
  t.language = Language::kSpanish;
  ASSERT_TRUE(applyScenarioItem(doc, t, bundledAnalysis(), item("libraries_proposal")));
  const auto path = testing::scratchDir("scenario_es") / "propuesta.pdf";
  ASSERT_TRUE(writeExhibit(doc, t, OutputFormat::kPdf, path.string()));
  const std::string text = testing::oneLine(testing::pdfText(path));
  EXPECT_NE(text.find("distancia a la instalación más cercana"), std::string::npos) << text;
  EXPECT_NE(text.find("Propuesta: merge systems"), std::string::npos);
  EXPECT_NE(text.find("Estado de la instalación"), std::string::npos);
  EXPECT_NE(text.find("Distancia media a la instalación más cercana"), std::string::npos);
  EXPECT_NE(text.find("Hispanos o latinos"), std::string::npos);
  EXPECT_NE(text.find("De 65 años o más"), std::string::npos);
  EXPECT_NE(text.find("Hogares sin vehículo"), std::string::npos);
  EXPECT_EQ(text.find("Hispanic or Latino"), std::string::npos);
}

}  // namespace
}  // namespace geo::exhibit
