#include "geo/store/recipe_import.h"

#include <filesystem>

#include "geo/core/log.h"
#include "geo/map/map_document.h"
#include "geo/store/project_analyses.h"
#include "geo/store/project_views.h"

namespace geo::store {
namespace {

// Source paths are stored relative to the project's folder, so a project and
// its data can move together (and the bundled project holds no machine paths).
std::string relativeToProject(const std::string& source, const std::string& project_path) {
  namespace fs = std::filesystem;
  const fs::path base = fs::absolute(project_path).parent_path();
  const fs::path relative = fs::path(source).lexically_relative(base);
  return relative.empty() ? source : relative.generic_string();
}

}  // namespace

core::Result<void> importRecipe(Project& project,
                                const map::Recipe& recipe,
                                core::Progress* progress) {
  auto doc = map::openRecipe(recipe, progress);
  if (!doc) return std::unexpected(doc.error());

  project.edit("Import recipe " + recipe.name, [&](ProjectContent& c) {
    if (c.name.empty()) c.name = recipe.name;
    c.display_crs = recipe.display_crs;
  });
  for (auto& layer : doc->layers) {
    layer.spec.source = relativeToProject(layer.spec.source, project.path());
    layer.data.source_path = layer.spec.source;
    if (layer.spec.join)
      layer.spec.join->table = relativeToProject(layer.spec.join->table, project.path());
    if (auto ok = project.importLayer(std::move(layer.data), layer.spec); !ok) return ok;
    if (layer.classification)
      project.putClassification({layer.spec.id, *layer.classification, false});
  }
  for (const auto& path : recipe.analyses) {
    auto document = analysisDocument(path, project.path());
    if (!document) return std::unexpected(document.error());
    if (auto ok = project.putDocument(std::move(*document)); !ok) return ok;
  }
  if (!recipe.views.empty())
    if (auto ok = putPreparedViews(project, recipe.views); !ok) return ok;
  core::logInfo("store",
                "imported recipe {} into {} ({} layers, {} analyses, {} prepared views)",
                recipe.path,
                project.path(),
                doc->layers.size(),
                recipe.analyses.size(),
                recipe.views.size());
  return {};
}

}  // namespace geo::store
