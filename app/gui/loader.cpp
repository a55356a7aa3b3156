#include "app/gui/loader.h"

#include "app/gui/scene.h"

namespace app::gui {

geo::core::Result<LoadedDocument> loadDocument(const std::string& recipe_path,
                                               geo::core::Progress* progress) {
  auto recipe = geo::map::readRecipe(recipe_path);
  if (!recipe) return std::unexpected(recipe.error());
  auto doc = geo::map::openRecipe(*recipe, progress);
  if (!doc) return std::unexpected(doc.error());
  LoadedDocument loaded{std::move(*doc), {}};
  loaded.meshes = buildMeshes(loaded.doc, progress);
  if (progress && progress->cancelled())
    return geo::core::fail(geo::core::ErrorCode::kCancelled, "loading cancelled");
  return loaded;
}

Job<LoadedDocument> startDocumentLoad(const std::string& recipe_path) {
  Job<LoadedDocument> job;
  job.description = "Opening " + recipe_path;
  job.result = std::async(std::launch::async, [recipe_path, progress = job.progress] {
    return loadDocument(recipe_path, progress.get());
  });
  return job;
}

Job<LoadedLayer> startLayerLoad(const std::string& path,
                                const std::string& display_crs,
                                const std::string& assumed_crs) {
  Job<LoadedLayer> job;
  job.description = "Loading " + path;
  job.path = path;
  job.result = std::async(std::launch::async, [=, progress = job.progress]()
                                                  -> geo::core::Result<LoadedLayer> {
    auto layer = geo::map::openLayerFile(path, display_crs, assumed_crs, progress.get());
    if (!layer) return std::unexpected(layer.error());
    auto mesh = render::buildLayerMesh(layer->display, {}, progress.get());
    if (progress->cancelled()) return geo::core::fail(geo::core::ErrorCode::kCancelled, "cancelled");
    return LoadedLayer{path, std::move(*layer), std::move(mesh)};
  });
  return job;
}

}  // namespace app::gui
