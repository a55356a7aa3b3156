#pragma once

// CommentPanel: residents' comments pinned on the map during a meeting.
// The "Add comment" map tool takes a click (AppState::tool_clicks), a small
// form asks for text, topic and language, and Save writes the comment to the
// project file at once (geo::store::Project::appendComment). Without an open
// project the comments go to out/comments.equimap (created when missing).
// The window lists the comments with topic and language filters and exports
// them to CSV or GeoPackage; the map shows them as the layer "comments".
// Main thread only; file writes happen in Commands, never while drawing.
// Limitation: comment pins cannot be edited or deleted in the GUI; the list
// has no paging.

#include <array>
#include <optional>
#include <string>

#include "app/gui/app_state.h"
#include "geo/store/project.h"

namespace app::gui {

class CommentPanel {
 public:
  // Takes the clicks of the Add comment tool out of state.tool_clicks.
  void poll(AppState& state);
  void draw(AppState& state);

 private:
  void drawForm(AppState& state);
  void drawList(const AppState& state);
  void drawExport(AppState& state);
  void save(AppState& state);
  void exportTo(AppState& state, bool gpkg);
  geo::store::Project* project(AppState& state);  // opens out/comments.equimap if needed
  const geo::store::Project* current(const AppState& state) const;
  void showOnMap(AppState& state);

  std::optional<render::MapPoint> pending_;  // display CRS of the clicked point
  std::array<char, 1024> text_{};
  int topic_ = 0;
  int language_ = 0;
  int filter_topic_ = -1;  // -1 = all
  int filter_language_ = -1;
  std::array<char, 512> export_path_{};
  std::optional<geo::store::Project> own_;  // out/comments.equimap when no project is open
  std::string message_;
  const geo::map::MapDocument* shown_doc_ = nullptr;  // document given the layer last
};

}  // namespace app::gui
