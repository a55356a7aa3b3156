#include "app/cli/commands.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <filesystem>
#include <iostream>

#include "app/cli/analysis_bench.h"
#include "app/cli/analyze_command.h"
#include "app/cli/bench.h"
#include "app/cli/exhibit_bench.h"
#include "app/cli/export_command.h"
#include "app/cli/kpi_command.h"
#include "app/gui/bundled_data.h"
#include "app/gui/headless_render.h"
#include "app/gui/viewer.h"
#include "geo/i18n/catalog.h"
#include "geo/io/source_info.h"

namespace app::cli {
namespace {

namespace fs = std::filesystem;

int failWith(const geo::core::Error& error) {
  std::fprintf(stderr, "equimap: %s\n", error.toString().c_str());
  return 1;
}

// Finds data/hartford.recipe.json next to the executable or in the source tree.
std::string bundledRecipe() { return gui::bundledDataFile("hartford.recipe.json"); }

int runInfo(const std::string& path, bool json) {
  auto info = geo::io::describeSource(path);
  if (!info) return failWith(info.error());
  if (json)
    std::cout << geo::io::toJson(*info).dump(2) << "\n";
  else
    std::cout << geo::io::toText(*info);
  return 0;
}

int runRender(const gui::RenderOptions& options) {
  auto ok = gui::renderToPng(options);
  if (!ok) return failWith(ok.error());
  std::printf("Wrote %s (%dx%d)\n", fs::absolute(options.out_path).c_str(), options.width,
              options.height);
  return 0;
}

}  // namespace

int run(int argc, char** argv) {
  CLI::App cli{"equimap: service-equity maps and analysis.\n"
               "With no subcommand, opens the viewer on RECIPE (default: the bundled "
               "Hartford + East Hartford project)."};
  cli.set_version_flag("--version", "equimap 0.1.0");
  gui::ViewerOptions viewer;
  cli.add_option("recipe", viewer.recipe_path, "Recipe (JSON) or project (.equimap) to open");
  cli.add_option("--exit-after-frames", viewer.exit_after_frames,
                 "Close the viewer after this many frames once loaded (for tests)");
  cli.add_option("--screenshot", viewer.screenshot_path,
                 "With --exit-after-frames: save the last frame of the window as PNG");
  cli.add_option("--show",
                 viewer.show_window,
                 "Open a window at start: kpi, ledger, exhibit or comments")
      ->check(CLI::IsMember({"kpi", "ledger", "exhibit", "comments"}));
  cli.add_option("--window-width", viewer.width, "Window width in screen coordinates");
  cli.add_option("--window-height", viewer.height, "Window height in screen coordinates");
  cli.add_option("--equity", viewer.equity_path, "Open the equity panel and run this analysis");
  cli.add_option("--equity-mode", viewer.equity_mode, "Equity map mode")
      ->check(CLI::IsMember({"baseline", "scenario", "change", "affected"}));
  cli.add_flag("--present", viewer.present, "Start in presentation mode (F5 toggles it)");
  cli.add_option("--view",
                 viewer.start_view,
                 "With --present: the prepared view shown first (1 = first)")
      ->check(CLI::PositiveNumber);
  std::string language = "en";
  cli.add_option("--lang", language, "Language of the interface: en or es")
      ->check(CLI::IsMember({"en", "es"}));
  cli.add_option("--click-at", viewer.click_at,
                 "X,Y: open the neighborhood card at this window point once loaded (for tests)");
  cli.add_option("--autosave-seconds", viewer.autosave_seconds,
                 "Write the project's recovery file this often (default 180)")
      ->check(CLI::PositiveNumber);
  cli.add_option("--script", viewer.script_path,
                 "Replay scripted mouse and keyboard input, then exit (for GUI tests)")
      ->check(CLI::ExistingFile);

  gui::RenderOptions render;
  auto* render_cmd = cli.add_subcommand("render", "Draw the main map of a recipe to a PNG");
  render_cmd->add_option("recipe", render.recipe_path, "Project recipe (default: bundled)");
  render_cmd->add_option("--out", render.out_path, "Output PNG path")->capture_default_str();
  render_cmd->add_option("--width", render.width, "Image width in pixels")
      ->check(CLI::Range(16, 16384))->capture_default_str();
  render_cmd->add_option("--height", render.height, "Image height in pixels")
      ->check(CLI::Range(16, 16384))->capture_default_str();
  render_cmd->add_option("--extent", render.extent, "Map extent: home (the recipe's view) or all")
      ->check(CLI::IsMember({"home", "all"}))->capture_default_str();

  std::string info_path;
  bool info_json = false;
  auto* info_cmd = cli.add_subcommand("info", "Describe a vector data source (any GDAL format)");
  info_cmd->add_option("file", info_path, "File or data source")->required();
  info_cmd->add_flag("--json", info_json, "Print JSON instead of text");

  BenchOptions bench;
  auto* bench_cmd = cli.add_subcommand("bench", "Print load, triangulation and frame-time figures");
  bench_cmd->add_option("--polygons", bench.polygons, "Generated polygons")->capture_default_str();
  bench_cmd->add_option("--vertices", bench.vertices, "Vertices per generated polygon")
      ->capture_default_str();
  bench_cmd->add_option("--frames", bench.frames, "Frames to time per view")->capture_default_str();
  bench_cmd->add_option("--samples", bench.samples, "Multisampling (1 = off)")
      ->check(CLI::Range(1, 16))->capture_default_str();
  bench_cmd->add_flag("!--no-generated", bench.generated, "Skip the generated-layer benchmark");

  addExportCommand(cli);
  addExhibitBenchCommand(cli);
  addAnalyzeCommand(cli);
  addAnalysisBenchCommand(cli);
  addKpiCommands(cli);
  CLI11_PARSE(cli, argc, argv);

  if (*info_cmd) return runInfo(info_path, info_json);
  if (*render_cmd) {
    if (render.recipe_path.empty()) render.recipe_path = bundledRecipe();
    return runRender(render);
  }
  if (*bench_cmd) {
    bench.recipe_path = bundledRecipe();
    return runBench(bench);
  }
  if (viewer.recipe_path.empty()) viewer.recipe_path = bundledRecipe();
  geo::i18n::setLanguage(language == "es" ? geo::i18n::Language::kSpanish
                                          : geo::i18n::Language::kEnglish);
  return gui::runViewer(viewer);
}

}  // namespace app::cli
