// The undo/redo stack of project edits: style details, layer visibility and
// order, analysis documents; apply, undo, redo and the unsaved-changes flag.

#include <gtest/gtest.h>

#include "geo/store/layer_order.h"
#include "geo/store/project.h"
#include "store_test_support.h"

namespace geo::store {
namespace {

using testing::TempDir;

core::Layer pointLayer(const std::string& name) {
  core::Layer layer;
  layer.name = name;
  layer.crs_wkt = "EPSG:26918";
  layer.kind = core::GeometryKind::kPoint;
  layer.table.addField({"name", core::FieldType::kText});
  layer.table.addRow({name});
  layer.geometries.push_back(
      {.kind = core::GeometryKind::kPoint, .points = {{600'000, 4'600'000}}});
  return layer;
}

// A saved project with layers a, b, c (bottom first).
Project threeLayers(const TempDir& dir) {
  auto p = Project::create(dir.file("p.equimap"), "Edits");
  EXPECT_TRUE(p);
  for (const char* id : {"a", "b", "c"})
    EXPECT_TRUE(p->importLayer(pointLayer(id), {.id = id, .title = std::string("Layer ") + id}));
  EXPECT_TRUE(p->save());
  return std::move(*p);
}

std::vector<std::string> order(const Project& p) {
  std::vector<std::string> ids;
  for (const auto& layer : p.content().layers) ids.push_back(layer.spec.id);
  return ids;
}

TEST(LayerOrder, NamedLayersTakeTheSlotsTheyOccupyAndOthersStay) {
  const std::vector<std::string> ids = {"a", "b", "c", "d"};
  // c and a swap their slots 0 and 2; b and d stay; "x" is not there.
  EXPECT_EQ(reorderedSlots(ids, {"c", "x", "a"}), (std::vector<std::size_t>{2, 1, 0, 3}));
  EXPECT_EQ(reorderedSlots(ids, {"a", "b", "c", "d"}), (std::vector<std::size_t>{0, 1, 2, 3}));
  std::vector<std::string> items = ids;
  applySlots(items, reorderedSlots(ids, {"d", "b", "a"}));
  EXPECT_EQ(items, (std::vector<std::string>{"d", "b", "c", "a"}));
}

TEST(ProjectEdits, OpacityOutlineAndSymbolSizeAreUndoneRedoneAndSaved) {
  TempDir dir;
  {
    auto p = threeLayers(dir);
    map::StyleSpec style = p.content().layers[0].spec.style;
    style.opacity = 0.4;
    style.outline_width_px = 2.5;
    style.point_size_px = 14;
    ASSERT_TRUE(p.setStyle("a", style));
    EXPECT_TRUE(p.hasUnsavedChanges());
    EXPECT_EQ(p.undoLabel(), "Change style of Layer a");

    ASSERT_TRUE(p.undo());
    EXPECT_DOUBLE_EQ(p.content().layers[0].spec.style.opacity, 1.0);
    EXPECT_FALSE(p.hasUnsavedChanges());  // back at the saved state
    ASSERT_TRUE(p.redo());
    EXPECT_TRUE(p.hasUnsavedChanges());
    ASSERT_TRUE(p.save());
    EXPECT_FALSE(p.hasUnsavedChanges());
  }
  auto again = Project::open(dir.file("p.equimap"));
  ASSERT_TRUE(again);
  const auto& s = again->content().layers[0].spec.style;
  EXPECT_DOUBLE_EQ(s.opacity, 0.4);
  EXPECT_DOUBLE_EQ(s.outline_width_px, 2.5);
  EXPECT_DOUBLE_EQ(s.point_size_px, 14);
}

TEST(ProjectEdits, VisibilityIsAnUndoableEditThatIsSaved) {
  TempDir dir;
  {
    auto p = threeLayers(dir);
    ASSERT_TRUE(p.setLayerVisible("b", false));
    EXPECT_EQ(p.undoLabel(), "Hide Layer b");
    EXPECT_FALSE(p.content().layers[1].spec.visible);
    ASSERT_TRUE(p.undo());
    EXPECT_TRUE(p.content().layers[1].spec.visible);
    EXPECT_EQ(p.redoLabel(), "Hide Layer b");
    ASSERT_TRUE(p.redo());
    ASSERT_TRUE(p.save());
  }
  auto again = Project::open(dir.file("p.equimap"));
  ASSERT_TRUE(again);
  EXPECT_FALSE(again->content().layers[1].spec.visible);
  EXPECT_FALSE(again->setLayerVisible("nope", true));
}

TEST(ProjectEdits, LayerOrderIsUndoneRedoneAndSaved) {
  TempDir dir;
  {
    auto p = threeLayers(dir);
    // The map moved c below a; "equity_units" is a map layer the project lacks.
    EXPECT_TRUE(p.setLayerOrder({"c", "equity_units", "b", "a"}));
    EXPECT_EQ(order(p), (std::vector<std::string>{"c", "b", "a"}));
    EXPECT_EQ(p.undoLabel(), "Change layer order");
    ASSERT_TRUE(p.undo());
    EXPECT_EQ(order(p), (std::vector<std::string>{"a", "b", "c"}));
    EXPECT_FALSE(p.hasUnsavedChanges());
    ASSERT_TRUE(p.redo());
    EXPECT_EQ(order(p), (std::vector<std::string>{"c", "b", "a"}));

    // The same order again is no edit: nothing new to undo.
    EXPECT_FALSE(p.setLayerOrder({"c", "b", "a"}));
    EXPECT_EQ(p.undoLabel(), "Change layer order");
    ASSERT_TRUE(p.undo());
    EXPECT_FALSE(p.canUndo() && p.undoLabel() == "Change layer order");
    ASSERT_TRUE(p.redo());
    ASSERT_TRUE(p.save());
  }
  auto again = Project::open(dir.file("p.equimap"));
  ASSERT_TRUE(again);
  EXPECT_EQ(order(*again), (std::vector<std::string>{"c", "b", "a"}));
}

TEST(ProjectEdits, AnAnalysisRunStoresDefinitionAndResultAsOneEdit) {
  TempDir dir;
  auto p = threeLayers(dir);
  ASSERT_TRUE(p.putDocuments("Run analysis libraries",
                             {{DocumentKind::kAnalysis, "equity_panel", "Libraries", "{\"a\": 1}"},
                              {DocumentKind::kAnalysisResult, "equity_panel", "Libraries", "[]"}}));
  EXPECT_EQ(p.content().documents.size(), 2u);
  ASSERT_TRUE(p.putDocuments(
      "Run analysis libraries",
      {{DocumentKind::kAnalysis, "equity_panel", "Libraries", "{\"a\": 2}"},
       {DocumentKind::kAnalysisResult, "equity_panel", "Libraries", "[2]"}}));
  ASSERT_EQ(p.content().documents.size(), 2u);  // replaced, not added
  EXPECT_EQ(p.content().documents[0].json, "{\"a\": 2}");

  ASSERT_TRUE(p.undo());
  EXPECT_EQ(p.content().documents[0].json, "{\"a\": 1}");
  EXPECT_EQ(p.content().documents[1].json, "[]");
  ASSERT_TRUE(p.undo());
  EXPECT_TRUE(p.content().documents.empty());
  EXPECT_FALSE(p.hasUnsavedChanges());
  ASSERT_TRUE(p.redo());
  ASSERT_TRUE(p.redo());
  EXPECT_EQ(p.content().documents[1].json, "[2]");
  EXPECT_FALSE(p.canRedo());

  // Invalid JSON in any document changes nothing.
  EXPECT_FALSE(p.putDocuments("Run analysis libraries",
                              {{DocumentKind::kAnalysis, "equity_panel", "L", "{}"},
                               {DocumentKind::kAnalysisResult, "equity_panel", "L", "{oops"}}));
  EXPECT_EQ(p.content().documents[0].json, "{\"a\": 2}");
  EXPECT_FALSE(p.canRedo());
}

TEST(ProjectEdits, ANewEditClearsRedo) {
  TempDir dir;
  auto p = threeLayers(dir);
  ASSERT_TRUE(p.setLayerVisible("a", false));
  ASSERT_TRUE(p.undo());
  EXPECT_TRUE(p.canRedo());
  ASSERT_TRUE(p.setLayerVisible("c", false));
  EXPECT_FALSE(p.canRedo());
  EXPECT_TRUE(p.content().layers[0].spec.visible);
  EXPECT_FALSE(p.content().layers[2].spec.visible);
}

}  // namespace
}  // namespace geo::store
