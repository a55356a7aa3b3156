#include "geo/store/recipe_import.h"

#include "geo/core/log.h"
#include "geo/map/map_document.h"

namespace geo::store {

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
    if (auto ok = project.importLayer(std::move(layer.data), layer.spec); !ok) return ok;
    if (layer.classification)
      project.putClassification({layer.spec.id, *layer.classification, false});
  }
  core::logInfo("store", "imported recipe {} into {} ({} layers)", recipe.path, project.path(),
                doc->layers.size());
  return {};
}

}  // namespace geo::store
