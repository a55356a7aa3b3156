#pragma once

// `equimap bench`: load, triangulation and frame-time figures for the bundled
// project and for a generated layer of many polygons, printed as a table.
// A benchmark, not a test: it asserts nothing and prints the machine it ran on.

#include <string>

namespace app::cli {

struct BenchOptions {
  std::string recipe_path;
  int polygons = 250'000;
  int vertices = 100;
  int frames = 120;
  int width = 1920, height = 1080;
  int samples = 1;              // multisampling of the offscreen target (the window uses 1)
  bool generated = true;        // also run the generated-layer benchmark
};

int runBench(const BenchOptions& options);

}  // namespace app::cli
