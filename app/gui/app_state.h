#pragma once

// AppState: everything the viewer's panels read. Panels never change it while
// drawing; they push Commands that the frame loop applies at one point, after
// all panels have drawn. Main thread only.

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "app/gui/project_session.h"
#include "app/gui/engagement_state.h"
#include "app/gui/scene.h"
#include "app/render/map_view.h"
#include "geo/core/log.h"
#include "geo/map/map_document.h"
#include "geo/proj/transformer.h"

namespace geo::analysis {
struct AnalysisResult;
}

namespace app::gui {

struct AppState;
using Command = std::function<void(AppState&)>;

// The one selection shared by the map, the attribute table and the identify panel.
struct SelectionModel {
  int layer = -1;
  std::vector<std::uint32_t> rows;  // sorted, unique
  bool scroll_table = false;        // the table scrolls to the selection once

  bool contains(int l, std::uint32_t row) const;
  void set(int l, std::uint32_t row);
  void toggle(int l, std::uint32_t row);
  void clear() { layer = -1, rows.clear(); }
};

struct OpenRequest {
  std::string path;
  std::string assumed_crs;  // the user's choice for a source without a CRS
};

struct Hover {
  int layer = -1;
  std::uint32_t row = 0;
};

// What a click on the map does: select features (default), or feed a tool
// (the equity panel's facility editing, the comment pins) through
// AppState::tool_clicks.
enum class MapTool { kSelect, kToggleFacility, kPlaceFacility, kAddComment };

struct ToolClick {
  MapTool tool = MapTool::kSelect;
  render::MapPoint point;      // display CRS
  std::optional<Hover> hover;  // feature under the click, if any
};

struct AppState {
  std::unique_ptr<geo::map::MapDocument> doc;
  Scene* scene = nullptr;
  render::MapView view;
  SelectionModel selection;
  std::optional<Hover> hover;
  std::optional<render::MapPoint> cursor_map;  // display CRS
  std::optional<geo::core::Vec2> cursor_lonlat;  // the same point in WGS 84 (lon, lat)
  std::shared_ptr<geo::proj::Transformer> to_lonlat;  // display CRS -> WGS 84, cached
  std::string to_lonlat_crs;                          // the display CRS it was made for
  int active_layer = -1;          // layer the style panel and table show
  std::optional<Hover> identify;  // feature shown in the identify window
  std::optional<render::MapPoint> identify_point;  // where it was clicked
  bool show_table = false;
  bool show_open_dialog = false;
  bool show_equity = false;
  bool show_comments = false;
  // The equity panel's last completed run (owned by the viewer's EquitySession,
  // refreshed every frame), or nullptr; the exhibit window takes its summary.
  const geo::analysis::AnalysisResult* equity_result = nullptr;
  MapTool map_tool = MapTool::kSelect;
  std::vector<ToolClick> tool_clicks;  // clicks taken by the active tool, not yet handled
  bool presentation_scale = false;
  EngagementState engage;
  std::string status;
  std::vector<geo::core::LogRecord> messages;  // recent warnings and errors
  std::vector<OpenRequest> open_requests;      // files to load (drop, dialog)
  std::optional<std::string> crs_prompt;       // file that needs the user to choose a CRS
  bool rebuild_scene = false;                  // display CRS changed: rebuild meshes
  ProjectSession session;                      // the project file, if any, and its windows
  std::vector<Command> commands;

  void push(Command c) { commands.push_back(std::move(c)); }
  void applyCommands();
  void zoomToLayer(int layer);
  void zoomToAll();
  void zoomToSelection();
};

}  // namespace app::gui
