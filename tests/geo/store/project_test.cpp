#include "geo/store/project.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "geo/io/vector_reader.h"
#include "store_test_support.h"

namespace geo::store {
namespace {

using testing::TempDir;

core::Layer squaresLayer() {
  core::Layer layer;
  layer.name = "squares";
  layer.source_path = "/data/squares.geojson";
  layer.crs_wkt = "EPSG:26918";  // any non-empty text stands for a CRS here
  layer.crs_name = "NAD83 / UTM zone 18N";
  layer.epsg = 26918;
  layer.kind = core::GeometryKind::kPolygon;
  layer.table.addField({"GEOID", core::FieldType::kText});
  layer.table.addField({"pop", core::FieldType::kInteger});
  layer.table.addField({"share", core::FieldType::kReal});
  layer.table.addField({"fid", core::FieldType::kText});  // clashes with the primary key
  for (int i = 0; i < 3; ++i) {
    layer.table.addRow({std::string("0900") + std::to_string(i),
                        std::int64_t{100 * i},
                        i == 1 ? core::Value{} : core::Value{0.25 * i},
                        std::string("x")});
    core::Geometry g{.kind = core::GeometryKind::kPolygon};
    const double x = 600'000 + i * 1000.0;
    g.polygons.push_back(
        {{{{x, 4'600'000}, {x + 900, 4'600'000}, {x + 900, 4'600'900}, {x, 4'600'900}},
          {{x + 100, 4'600'100}, {x + 100, 4'600'200}, {x + 200, 4'600'200}}}});
    layer.geometries.push_back(i == 2 ? core::Geometry{} : g);
  }
  return layer;
}

void fillEverything(Project& p) {
  ASSERT_TRUE(p.importLayer(
      squaresLayer(), {.id = "squares", .title = "Squares", .source = "/data/squares.geojson"}));
  map::StyleSpec style{.type = map::StyleType::kChoropleth,
                       .field = "share",
                       .method = "quantile",
                       .classes = 4,
                       .ramp = "blues",
                       .opacity = 0.8};
  ASSERT_TRUE(p.setStyle("squares", style));
  carto::Classification cl{.method = carto::ClassMethod::kManual,
                           .lower_bound = 0.0,
                           .breaks = {0.1, 0.2, 0.5},
                           .counts = {1, 0, 1},
                           .no_data_count = 1};
  p.putClassification({"squares", cl, true});
  ASSERT_TRUE(p.putDocument({DocumentKind::kAnalysis,
                             "access1",
                             "Library access",
                             R"({"tau_km": 1.5})",
                             "2024-01-01T00:00:00Z"}));
  ASSERT_TRUE(p.putDocument({DocumentKind::kAnalysisResult,
                             "access1",
                             "Result",
                             R"({"D": [2.04]})",
                             "2024-01-02T00:00:00Z"}));
  ASSERT_TRUE(p.putDocument({DocumentKind::kScenario,
                             "close_park",
                             "Close Park branch",
                             R"({"close": ["park"]})",
                             "2024-01-03T00:00:00Z"}));
  p.putKpi({"visits",
            "Visits",
            "visits",
            KpiDirection::kHigherIsBetter,
            1000.0,
            "libraries",
            KpiLevel::kTown,
            "d"});
  p.putKpi(sharedServiceKpiTemplates()[1]);
  p.edit("values", [](ProjectContent& c) {
    c.kpi_values.push_back(
        {"visits", "Hartford", "2017-07-01T04:00:00Z", "FY2018", 822199, "f.csv"});
    c.group_counts.push_back({"Hartford", "hispanic", 52000.5, "ACS 2023"});
  });
  p.putProposal(
      {"p1", "Shared desk", 2025, 6, 0.03, {{"Set-up", LedgerKind::kCost, 250000, false, 0, 0}}});
  p.addComment({.text = "Branch hours?",
                .topic = "libraries",
                .language = "es",
                .created_utc = "2024-05-01T12:00:00Z",
                .point = core::Vec2{-72.68, 41.76},
                .point_crs = "EPSG:4326"});
  p.addComment({.text = "No point",
                .topic = "general",
                .language = "en",
                .created_utc = "2024-05-02T00:00:00Z"});
  p.setView({1.5, 2.5, 12.0, "EPSG:26918", "squares", "visits", "2017-07-01T04:00:00Z"});
}

void expectSameLayer(const core::Layer& a, const core::Layer& b) {
  EXPECT_EQ(a.name, b.name);
  EXPECT_EQ(a.crs_wkt, b.crs_wkt);
  EXPECT_EQ(a.epsg, b.epsg);
  EXPECT_EQ(a.kind, b.kind);
  ASSERT_EQ(a.size(), b.size());
  ASSERT_EQ(a.table.fieldCount(), b.table.fieldCount());
  for (std::size_t f = 0; f < a.table.fieldCount(); ++f) {
    EXPECT_EQ(a.table.fields()[f].name, b.table.fields()[f].name);
    EXPECT_EQ(a.table.fields()[f].type, b.table.fields()[f].type);
    for (std::size_t r = 0; r < a.size(); ++r) EXPECT_EQ(a.table.value(r, f), b.table.value(r, f));
  }
  for (std::size_t r = 0; r < a.size(); ++r) {
    ASSERT_EQ(a.geometries[r].polygons.size(), b.geometries[r].polygons.size());
    for (std::size_t k = 0; k < a.geometries[r].polygons.size(); ++k)
      EXPECT_EQ(a.geometries[r].polygons[k].rings, b.geometries[r].polygons[k].rings);
  }
}

TEST(Project, EveryObjectTypeSurvivesSaveAndOpen) {
  TempDir dir;
  const std::string path = dir.file("p.equimap");
  ProjectContent before;
  ViewState view_before;
  {
    auto p = Project::create(path, "Round trip");
    ASSERT_TRUE(p) << p.error().toString();
    fillEverything(*p);
    ASSERT_TRUE(p->save());
    EXPECT_FALSE(p->hasUnsavedChanges());
    before = p->content();
    view_before = p->view();
  }
  auto p = Project::open(path);
  ASSERT_TRUE(p) << p.error().toString();
  const ProjectContent& after = p->content();
  EXPECT_EQ(after.name, "Round trip");
  ASSERT_EQ(after.layers.size(), 1u);
  expectSameLayer(*before.layers[0].data, *after.layers[0].data);
  EXPECT_EQ(after.layers[0].spec.source, "/data/squares.geojson");
  EXPECT_EQ(after.layers[0].imported_utc, before.layers[0].imported_utc);
  EXPECT_EQ(after.layers[0].spec.style.ramp, "blues");
  EXPECT_EQ(after.layers[0].spec.style.classes, 4);
  EXPECT_DOUBLE_EQ(after.layers[0].spec.style.opacity, 0.8);
  ASSERT_EQ(after.classifications.size(), 1u);
  EXPECT_TRUE(after.classifications[0].locked);
  EXPECT_EQ(after.classifications[0].classification.breaks, (std::vector<double>{0.1, 0.2, 0.5}));
  EXPECT_EQ(after.classifications[0].classification.no_data_count, 1u);
  EXPECT_EQ(after.documents, before.documents);
  EXPECT_EQ(after.kpis, before.kpis);
  EXPECT_EQ(after.kpi_values, before.kpi_values);
  EXPECT_EQ(after.group_counts, before.group_counts);
  EXPECT_EQ(after.proposals, before.proposals);
  EXPECT_EQ(after.comments, before.comments);
  EXPECT_EQ(p->view(), view_before);
  EXPECT_TRUE(checkIntegrity(path));
}

TEST(Project, GdalOpensTheLayersOfTheFileAsAGeoPackage) {
  TempDir dir;
  const std::string path = dir.file("p.equimap");
  {
    auto p = Project::create(path, "GDAL");
    fillEverything(*p);
    ASSERT_TRUE(p->save());
  }
  auto layer = io::readLayer(path, {.layer = "lyr_squares"});
  ASSERT_TRUE(layer) << layer.error().toString();
  EXPECT_EQ(layer->report.driver, "GPKG");
  EXPECT_EQ(layer->size(), 3u);
  EXPECT_EQ(layer->epsg, 26918);
  EXPECT_EQ(layer->kind, core::GeometryKind::kPolygon);
  EXPECT_NEAR(core::geometryArea(layer->geometries[0]), 900.0 * 900.0 - 100.0 * 100.0 / 2, 1e-6);
  EXPECT_TRUE(layer->geometries[2].empty());
  EXPECT_TRUE(layer->table.fieldIndex("fid_1").has_value());
}

TEST(Project, AFileFromANewerVersionIsRefusedAndLeftUntouched) {
  TempDir dir;
  const std::string path = dir.file("p.equimap");
  {
    auto p = Project::create(path, "Future");
    ASSERT_TRUE(p);
    p->edit("future", [](ProjectContent&) {});
    ASSERT_TRUE(p->save());
  }
  ASSERT_EQ(std::system(("sqlite3 '" + path +
                         "' \"UPDATE eq_meta SET value = '99' WHERE key = 'schema_version'; PRAGMA "
                         "journal_mode = DELETE;\" > /dev/null")
                            .c_str()),
            0);
  std::ifstream in(path, std::ios::binary);
  const std::string bytes_before((std::istreambuf_iterator<char>(in)), {});

  auto p = Project::open(path);
  ASSERT_FALSE(p);
  EXPECT_EQ(p.error().code, core::ErrorCode::kUnsupported);
  EXPECT_NE(p.error().message.find("newer equimap"), std::string::npos);

  std::ifstream again(path, std::ios::binary);
  EXPECT_EQ(std::string((std::istreambuf_iterator<char>(again)), {}), bytes_before);
  EXPECT_FALSE(std::filesystem::exists(path + "-wal"));
}

TEST(Project, AnOlderSchemaIsMigratedOnOpen) {
  TempDir dir;
  const std::string path = dir.file("p.equimap");
  { ASSERT_TRUE(Project::create(path, "Old")); }
  ASSERT_EQ(std::system(("sqlite3 '" + path +
                         "' \"DROP TABLE eq_group_counts; UPDATE eq_meta SET value = '1' WHERE key "
                         "= 'schema_version';\"")
                            .c_str()),
            0);
  auto p = Project::open(path);
  ASSERT_TRUE(p) << p.error().toString();
  EXPECT_EQ(p->schemaVersion(), 1);
  p->edit("counts", [](ProjectContent& c) { c.group_counts.push_back({"a", "g", 1, ""}); });
  ASSERT_TRUE(p->save());
}

TEST(Project, UndoAndRedoRestoreStyleEdits) {
  TempDir dir;
  auto p = Project::create(dir.file("p.equimap"), "Undo");
  ASSERT_TRUE(p->importLayer(squaresLayer(), {.id = "squares"}));
  ASSERT_TRUE(p->save());
  EXPECT_FALSE(p->hasUnsavedChanges());
  ASSERT_TRUE(p->setStyle("squares", {.type = map::StyleType::kOutline, .outline = "#000000"}));
  EXPECT_TRUE(p->hasUnsavedChanges());
  EXPECT_EQ(p->undoLabel(), "Change style of squares");
  ASSERT_TRUE(p->undo());
  EXPECT_EQ(p->content().layers[0].spec.style.type, map::StyleType::kFill);
  EXPECT_FALSE(p->hasUnsavedChanges());  // back at the saved state
  ASSERT_TRUE(p->redo());
  EXPECT_EQ(p->content().layers[0].spec.style.outline, "#000000");
  EXPECT_FALSE(p->redo());
}

TEST(Project, ASecondOpenerGetsTheProjectReadOnly) {
  TempDir dir;
  const std::string path = dir.file("p.equimap");
  auto first = Project::create(path, "Shared");
  ASSERT_TRUE(first);
  auto second = Project::open(path);
  ASSERT_TRUE(second) << second.error().toString();
  EXPECT_TRUE(second->readOnly());
  EXPECT_NE(second->readOnlyReason().find("another equimap"), std::string::npos);
  second->edit("x", [](ProjectContent& c) { c.name = "changed"; });
  auto saved = second->save();
  ASSERT_FALSE(saved);
  EXPECT_NE(saved.error().message.find("read-only"), std::string::npos);

  auto refused = Project::open(path, {.allow_read_only = false});
  ASSERT_FALSE(refused);
  EXPECT_NE(refused.error().message.find("another equimap"), std::string::npos);
}

TEST(Project, RecoveryFileIsOfferedAfterACrashAndRemovedBySave) {
  TempDir dir;
  const std::string path = dir.file("p.equimap");
  {
    auto p = Project::create(path, "Recover");
    p->putKpi(sharedServiceKpiTemplates()[0]);
    ASSERT_TRUE(p->writeRecovery());
  }  // closed without saving, as after a crash
  auto info = findRecovery(path);
  ASSERT_TRUE(info);
  auto p = openRecovered(path);
  ASSERT_TRUE(p) << p.error().toString();
  EXPECT_TRUE(p->hasUnsavedChanges());
  ASSERT_EQ(p->content().kpis.size(), 1u);
  ASSERT_TRUE(p->save());
  EXPECT_FALSE(findRecovery(path));
}

TEST(Project, SaveAsWritesANewFileAndMovesTheLock) {
  TempDir dir;
  auto p = Project::create(dir.file("a.equimap"), "A");
  p->putKpi(sharedServiceKpiTemplates()[2]);
  ASSERT_TRUE(p->saveAs(dir.file("b.equimap")));
  EXPECT_EQ(p->path(), dir.file("b.equimap"));
  auto other = Project::open(dir.file("a.equimap"), {.allow_read_only = false});
  EXPECT_TRUE(other);
  auto b = Project::open(dir.file("b.equimap"));
  ASSERT_TRUE(b);
  EXPECT_TRUE(b->readOnly());
  EXPECT_EQ(b->content().kpis.size(), 1u);
}

}  // namespace
}  // namespace geo::store
