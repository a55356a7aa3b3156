#include "app/cli/bench.h"

#include <fmt/format.h>
#include <sys/resource.h>
#include <sys/utsname.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <thread>

#include "app/gui/headless_render.h"
#include "app/gui/loader.h"
#include "app/gui/offscreen.h"
#include "app/gui/scene.h"
#include "app/render/gl.h"
#include "geo/ops/synthetic.h"

namespace app::cli {
namespace {

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

double peakMemoryMiB() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return double(usage.ru_maxrss) / 1024.0;
}

std::string cpuModel() {
  std::ifstream in("/proc/cpuinfo");
  for (std::string line; std::getline(in, line);)
    if (line.rfind("model name", 0) == 0) return line.substr(line.find(':') + 2);
  return "unknown CPU";
}

struct FrameTimes {
  double median_ms = 0, p95_ms = 0;
  std::size_t triangles = 0;
};

// Draws `frames` frames of `view` into `target` and times each, waiting for the
// GPU (glFinish) so the time is the real cost of a frame.
FrameTimes timeFrames(const gui::Scene& scene,
                      const geo::map::MapDocument& doc,
                      const render::MapView& view,
                      const gui::OffscreenTarget& target,
                      int frames) {
  std::vector<double> ms;
  target.bind();
  for (int i = 0; i < frames; ++i) {
    const auto start = Clock::now();
    glClearColor(1, 1, 1, 1);
    glClear(GL_COLOR_BUFFER_BIT);
    scene.draw(doc, view, {}, 0, 0);
    glFinish();
    ms.push_back(secondsSince(start) * 1000.0);
  }
  std::sort(ms.begin(), ms.end());
  return {ms[ms.size() / 2], ms[std::min(ms.size() - 1, ms.size() * 95 / 100)],
          scene.renderer().lastTriangles()};
}

void printFrames(const char* label, const FrameTimes& t) {
  std::fflush(stdout);
  fmt::print("  {:<34} median {:7.2f} ms   p95 {:7.2f} ms   {:>10} triangles drawn\n",
             label, t.median_ms, t.p95_ms, t.triangles);
}

// Frame times at the whole extent, a 1/8 zoom and a street-level zoom.
void benchViews(const gui::Scene& scene,
                const geo::map::MapDocument& doc,
                const gui::OffscreenTarget& target,
                const BenchOptions& options) {
  render::MapView view;
  view.resize(options.width, options.height, 1.0);
  view.fit(doc.extent());
  printFrames("whole extent", timeFrames(scene, doc, view, target, options.frames));
  view.zoomAt({options.width / 2.0, options.height / 2.0}, 8.0);
  printFrames("zoomed 8x", timeFrames(scene, doc, view, target, options.frames));
  view.setUnitsPerPixel(0.5);
  printFrames("street level (0.5 m/px)", timeFrames(scene, doc, view, target, options.frames));
}

int benchBundled(const BenchOptions& options, const gui::OffscreenTarget& target) {
  fmt::print("Bundled project: {}\n", options.recipe_path);
  auto start = Clock::now();
  auto loaded = gui::loadDocument(options.recipe_path, nullptr);
  if (!loaded) {
    fmt::print(stderr, "equimap bench: {}\n", loaded.error().toString());
    return 1;
  }
  fmt::print("  load + join + reproject + mesh      {:7.2f} s\n", secondsSince(start));
  auto scene = gui::Scene::create();
  if (!scene) return 1;
  (*scene)->reset(loaded->doc, std::move(loaded->meshes));
  fmt::print("  triangles                           {:>10}\n", (*scene)->triangleCount());
  benchViews(**scene, loaded->doc, target, options);
  return 0;
}

int benchGenerated(const BenchOptions& options, const gui::OffscreenTarget& target) {
  fmt::print("Generated layer: {} polygons of about {} vertices\n", options.polygons,
             options.vertices);
  auto start = Clock::now();
  geo::map::MapDocument doc;
  doc.layers.emplace_back();
  auto& layer = doc.layers.back();
  layer.display = geo::ops::syntheticPolygons(
      {.polygon_count = static_cast<std::size_t>(options.polygons),
       .vertices_per_polygon = static_cast<std::size_t>(options.vertices),
       .extent = {0.0, 0.0, 500'000.0, 300'000.0}});
  layer.spec.style.outline_width_px = 0.5;
  fmt::print("  generate                            {:7.2f} s\n", secondsSince(start));
  start = Clock::now();
  auto mesh = render::buildLayerMesh(layer.display);
  fmt::print("  triangulate + level of detail       {:7.2f} s  ({} triangles, {} levels)\n",
             secondsSince(start), mesh.triangles(), mesh.levels.size());
  auto scene = gui::Scene::create();
  if (!scene) return 1;
  start = Clock::now();
  (*scene)->append(layer, std::move(mesh));
  fmt::print("  upload                              {:7.2f} s\n", secondsSince(start));
  benchViews(**scene, doc, target, options);
  fmt::print("  peak memory                         {:7.0f} MiB\n", peakMemoryMiB());
  return 0;
}

}  // namespace

int runBench(const BenchOptions& options) {
  utsname host{};
  uname(&host);
  fmt::print("equimap bench on {} ({} threads), {} {}\n", cpuModel(),
             std::thread::hardware_concurrency(), host.sysname, host.release);
  gui::HiddenContext context;
  if (auto ok = gui::openHiddenContext(context); !ok) {
    fmt::print(stderr, "equimap bench: {}\n", ok.error().toString());
    return 2;
  }
  fmt::print("OpenGL: {} / {}\n", reinterpret_cast<const char*>(glGetString(GL_RENDERER)),
             reinterpret_cast<const char*>(glGetString(GL_VERSION)));
  auto target = gui::OffscreenTarget::create(options.width, options.height, options.samples);
  if (!target) return 2;
  fmt::print("Frames: {} per view at {}x{}, {}x multisampling\n\n", options.frames,
             options.width, options.height, options.samples);
  if (int code = benchBundled(options, *target)) return code;
  if (!options.generated) return 0;
  fmt::print("\n");
  return benchGenerated(options, *target);
}

}  // namespace app::cli
