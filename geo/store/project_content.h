#pragma once

// ProjectContent: everything an equimap project file holds, as plain values.
// Layers are shared immutable snapshots (std::shared_ptr<const Layer>) so that
// undo snapshots and saves copy pointers, not features. Analysis definitions,
// results and scenarios are named JSON documents: the store keeps their text
// and does not interpret it. The view state is kept apart from the content
// (it is saved with the project but never part of undo).

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "geo/carto/classify.h"
#include "geo/core/geometry.h"
#include "geo/core/layer.h"
#include "geo/map/recipe.h"
#include "geo/store/cost_benefit.h"
#include "geo/store/kpi.h"

namespace geo::store {

struct ProjectLayer {
  map::LayerSpec spec;       // id, title, visibility, style; spec.source = original source path
  std::string imported_utc;  // when the data was imported into the project
  std::shared_ptr<const core::Layer> data;  // never null in a valid project
};

struct StoredClassification {
  std::string id;  // usually the layer id, or "kpi:<kpi id>" for KPI maps
  carto::Classification classification;
  bool locked = false;  // locked breaks are re-applied across periods and scenarios
};

// kExhibit: an exhibit template (geo/exhibit/exhibit_template.h JSON).
// kViews: the prepared views of presentation mode (geo/store/project_views.h).
enum class DocumentKind { kAnalysis, kAnalysisResult, kScenario, kExhibit, kViews };

struct NamedDocument {
  DocumentKind kind = DocumentKind::kAnalysis;
  std::string id;
  std::string name;
  std::string json;  // the document, as JSON text (validated on save)
  std::string updated_utc;
  friend bool operator==(const NamedDocument&, const NamedDocument&) = default;
};

// A comment left on the map or the project. No person's name is stored.
struct Comment {
  std::int64_t id = 0;  // assigned by Project::addComment, unique in the project
  std::string text;
  std::string topic;
  std::string language;  // BCP 47 tag, e.g. "en", "es"
  std::string created_utc;
  std::optional<core::Vec2> point;  // map position in `point_crs`, if pinned
  std::string point_crs;            // e.g. "EPSG:4326"
  friend bool operator==(const Comment&, const Comment&) = default;
};

// Group counts per area for service level by group (METHODS.md section 10):
// people of `group` living in `area_id` (town, service area), with the source.
struct GroupCount {
  std::string area_id;
  std::string group;
  double count = 0.0;
  std::string source;
  friend bool operator==(const GroupCount&, const GroupCount&) = default;
};

struct ProjectContent {
  std::string name;
  std::string display_crs = "auto";
  std::vector<ProjectLayer> layers;  // bottom first
  std::vector<StoredClassification> classifications;
  std::vector<NamedDocument> documents;
  std::vector<KpiDefinition> kpis;
  std::vector<KpiValue> kpi_values;
  std::vector<GroupCount> group_counts;
  std::vector<SavingsProposal> proposals;
  std::vector<Comment> comments;

  int findLayer(const std::string& id) const;  // -1 when absent
  const KpiDefinition* findKpi(const std::string& id) const;
};

struct ViewState {
  double center_x = 0.0;  // display CRS units
  double center_y = 0.0;
  double units_per_pixel = 0.0;  // 0 = "zoom to the project's home extent"
  std::string display_crs;
  std::string active_layer;
  std::string kpi_id;      // KPI shown by the time slider, if any
  std::string kpi_period;  // its period (UTC), if any
  friend bool operator==(const ViewState&, const ViewState&) = default;
};

// "analysis", "analysis_result", "scenario", "exhibit", "views"
const char* documentKindName(DocumentKind kind);
std::optional<DocumentKind> parseDocumentKind(const std::string& text);

}  // namespace geo::store
