#include "geo/store/project_views.h"

#include "geo/map/prepared_view.h"

namespace geo::store {

core::Result<std::vector<map::PreparedView>> preparedViews(const ProjectContent& content,
                                                           const std::string& project_path) {
  for (const NamedDocument& d : content.documents)
    if (d.kind == DocumentKind::kViews && d.id == kPreparedViewsId)
      return map::parsePreparedViews(d.json, project_path);
  return std::vector<map::PreparedView>{};
}

core::Result<void> putPreparedViews(Project& project, const std::vector<map::PreparedView>& views) {
  if (views.empty()) {
    project.removeDocument(DocumentKind::kViews, kPreparedViewsId);
    return {};
  }
  return project.putDocument({.kind = DocumentKind::kViews,
                              .id = kPreparedViewsId,
                              .name = "prepared views",
                              .json = map::preparedViewsToJson(views),
                              .updated_utc = {}});
}

}  // namespace geo::store
