#include "app/cli/exhibit_bench.h"

#include <fmt/format.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <memory>
#include <thread>

#include "geo/exhibit/exhibit_batch.h"
#include "geo/map/recipe.h"

namespace app::cli {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;
using geo::exhibit::OutputFormat;

double secondsSince(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

std::string cpuName() {
  std::ifstream in("/proc/cpuinfo");
  for (std::string line; std::getline(in, line);)
    if (line.rfind("model name", 0) == 0) return line.substr(line.find(':') + 2);
  return "unknown CPU";
}

// Seconds to write one exhibit, or a negative number on failure (printed).
double timeOne(const geo::map::MapDocument& doc,
               const geo::exhibit::ExhibitTemplate& t,
               OutputFormat format,
               const fs::path& path) {
  const auto start = Clock::now();
  auto ok = geo::exhibit::writeExhibit(doc, t, format, path.string());
  if (!ok) {
    fmt::print(stderr, "bench-exhibit: {}\n", ok.error().toString());
    return -1;
  }
  return secondsSince(start);
}

int runExhibitBench(const std::string& recipe_path) {
  auto recipe = geo::map::readRecipe(recipe_path);
  if (!recipe) return fmt::print(stderr, "{}\n", recipe.error().toString()), 1;
  const auto load_start = Clock::now();
  auto doc = geo::map::openRecipe(*recipe);
  if (!doc) return fmt::print(stderr, "{}\n", doc.error().toString()), 1;
  const double load_s = secondsSince(load_start);

  const fs::path dir = fs::temp_directory_path() / "equimap_bench_exhibit";
  fs::create_directories(dir);
  geo::exhibit::ExhibitTemplate t;  // Letter landscape, 300 dpi
  const double png_s = timeOne(*doc, t, OutputFormat::kPng, dir / "one.png");
  const double pdf_s = timeOne(*doc, t, OutputFormat::kPdf, dir / "one.pdf");
  const double svg_s = timeOne(*doc, t, OutputFormat::kSvg, dir / "one.svg");

  const auto batch_start = Clock::now();
  auto batch = geo::exhibit::exportBatch(*doc,
                                         t,
                                         {.out_dir = (dir / "batch").string(),
                                          .formats = {OutputFormat::kPng},
                                          .series = geo::exhibit::Series::kIndicator,
                                          .max_items = 10});
  if (!batch) return fmt::print(stderr, "{}\n", batch.error().toString()), 1;
  const double batch_s = secondsSince(batch_start);

  fmt::print("Machine: {} ({} hardware threads)\n", cpuName(), std::thread::hardware_concurrency());
  fmt::print("Project load (not part of the exhibit figures): {:.2f} s\n", load_s);
  fmt::print("One Letter landscape exhibit, 300 dpi PNG (3300x2550): {:.2f} s (target < 2 s)\n",
             png_s);
  fmt::print("Same exhibit as PDF: {:.2f} s; as SVG: {:.2f} s\n", pdf_s, svg_s);
  fmt::print("Batch of {} exhibits, 300 dpi PNG: {:.2f} s (target < 20 s)\n",
             batch->files.size(),
             batch_s);
  return png_s < 0 || pdf_s < 0 || svg_s < 0 ? 1 : 0;
}

}  // namespace

void addExhibitBenchCommand(CLI::App& cli) {
  auto recipe =
      std::make_shared<std::string>(std::string(EQUIMAP_SOURCE_DIR) + "/data/hartford.recipe.json");
  auto* cmd =
      cli.add_subcommand("bench-exhibit", "Time exhibit export (300 dpi Letter, batch of 10)");
  cmd->add_option("recipe", *recipe, "Project recipe (default: bundled)");
  cmd->callback([recipe] { throw CLI::RuntimeError(runExhibitBench(*recipe)); });
}

}  // namespace app::cli
