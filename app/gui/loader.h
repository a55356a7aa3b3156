#pragma once

// Background loading: a recipe or one extra file is read, reprojected and
// meshed on a worker thread; the frame loop polls and takes the result.

#include <future>
#include <memory>
#include <string>
#include <vector>

#include "app/render/layer_mesh.h"
#include "geo/core/progress.h"
#include "geo/map/map_document.h"

namespace app::gui {

struct LoadedDocument {
  geo::map::MapDocument doc;
  std::vector<render::LayerMesh> meshes;
};

struct LoadedLayer {
  std::string path;
  geo::map::MapLayer layer;
  render::LayerMesh mesh;
};

template <typename T>
struct Job {
  std::string description;
  std::string path;
  std::shared_ptr<geo::core::Progress> progress = std::make_shared<geo::core::Progress>();
  std::future<geo::core::Result<T>> result;

  bool ready() const {
    return result.valid() && result.wait_for(std::chrono::seconds(0)) == std::future_status::ready;
  }
};

// Reads the recipe and everything it names (worker thread).
Job<LoadedDocument> startDocumentLoad(const std::string& recipe_path);
// Reads one more file into the display CRS of the open document (worker thread).
Job<LoadedLayer> startLayerLoad(const std::string& path,
                                const std::string& display_crs,
                                const std::string& assumed_crs);
// Synchronous version of the document load, for the headless commands.
geo::core::Result<LoadedDocument> loadDocument(const std::string& recipe_path,
                                               geo::core::Progress* progress);

}  // namespace app::gui
