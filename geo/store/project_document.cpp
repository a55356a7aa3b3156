#include "geo/store/project_document.h"

#include <filesystem>

#include "geo/carto/classify.h"
#include "geo/core/log.h"
#include "geo/store/project_views.h"

namespace geo::store {
namespace {

std::string absoluteFrom(const std::string& path, const std::string& project_path) {
  namespace fs = std::filesystem;
  if (path.empty() || fs::path(path).is_absolute()) return path;
  return (fs::absolute(project_path).parent_path() / path).lexically_normal().string();
}

map::MapLayer mapLayerOf(const ProjectLayer& stored, const std::string& project_path) {
  map::MapLayer layer;
  layer.spec = stored.spec;
  layer.spec.source = absoluteFrom(stored.spec.source, project_path);
  if (layer.spec.join) layer.spec.join->table = absoluteFrom(layer.spec.join->table, project_path);
  layer.data = *stored.data;
  layer.data.source_path = layer.spec.source;
  return layer;
}

// Locked breaks keep their bounds; the counts are taken on this data.
void applyLockedClassifications(map::MapDocument& doc, const ProjectContent& content) {
  for (const auto& stored : content.classifications) {
    const int i = doc.findLayer(stored.id);
    if (!stored.locked || i < 0) continue;
    auto& layer = doc.layers[std::size_t(i)];
    if (!layer.thematic) continue;
    if (auto c = carto::reapply(stored.classification, layer.thematic->values))
      layer.classification = std::move(*c);
  }
}

}  // namespace

core::Result<map::MapDocument> documentFromProject(const ProjectContent& content,
                                                   const std::string& project_path) {
  std::vector<map::MapLayer> layers;
  for (const auto& stored : content.layers) {
    if (!stored.data) continue;
    layers.push_back(mapLayerOf(stored, project_path));
  }

  auto doc = map::assembleDocument(content.name, std::move(layers), content.display_crs, {});
  if (!doc) return doc;
  applyLockedClassifications(*doc, content);
  // Bad slides must not keep the map from opening: they are reported instead.
  if (auto views = preparedViews(content, project_path)) {
    doc->views = std::move(*views);
  } else {
    core::logWarning("store", "prepared views not read: {}", views.error().toString());
    doc->warnings.push_back(views.error().toString());
  }
  core::logInfo("store",
                "map of project {}: {} layers, {} prepared views in {}",
                project_path,
                doc->layers.size(),
                doc->views.size(),
                doc->display_crs_name);
  return doc;
}

}  // namespace geo::store
