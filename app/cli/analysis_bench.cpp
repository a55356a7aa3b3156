#include "app/cli/analysis_bench.h"

#include <CLI/CLI.hpp>

#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "geo/analysis/access.h"
#include "geo/analysis/apportion.h"
#include "geo/analysis/representative_points.h"
#include "geo/ops/synthetic.h"

namespace app::cli {
namespace {

namespace ga = geo::analysis;
using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

// A line of /proc/self/status or /proc/cpuinfo that starts with `key`.
std::string procLine(const char* file, const std::string& key) {
  std::ifstream in(file);
  for (std::string line; std::getline(in, line);)
    if (line.rfind(key, 0) == 0) return line.substr(line.find(':') + 1);
  return "?";
}

double peakMemoryMb() {
  return std::atof(procLine("/proc/self/status", "VmHWM").c_str()) / 1024;
}

geo::core::Geometry rect(double x0, double y0, double x1, double y1) {
  geo::core::Geometry g{.kind = geo::core::GeometryKind::kPolygon};
  g.polygons.push_back(geo::core::Polygon{{{{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}}}});
  return g;
}

// Units of about 500 m, grid service areas (about one per 50 units), three count columns.
ga::ApportionInput generatedInput(std::size_t units, int vertices) {
  const double side = std::sqrt(double(units)) * 500.0;
  const geo::core::Layer layer =
      geo::ops::syntheticPolygons({.polygon_count = units,
                                   .vertices_per_polygon = std::size_t(vertices),
                                   .extent = {0, 0, side, side},
                                   .seed = 11});
  ga::ApportionInput input{.column_names = {"population", "group_a", "group_b"}};
  input.columns.resize(3);
  for (std::size_t i = 0; i < layer.size(); ++i) {
    const double value = layer.table.number(i, 1).value_or(0.0);
    input.unit_ids.push_back(layer.table.text(i, 0));
    input.units.push_back(layer.geometries[i]);
    input.columns[0].push_back({value * 40.0, value * 4.0});
    input.columns[1].push_back({value * 12.0, value * 2.0});
    input.columns[2].push_back({value * 3.0, 0.0});
  }
  // The area grid is shifted by 173 m so its edges cut through units, as real
  // service areas do; one extra row and column keep the extent covered.
  const auto per_side = std::size_t(std::ceil(std::sqrt(double(units) / 50.0)));
  const double cell = side / double(per_side), shift = -173.0;
  for (std::size_t y = 0; y <= per_side; ++y)
    for (std::size_t x = 0; x <= per_side; ++x) {
      input.area_ids.push_back(std::to_string(y * (per_side + 1) + x));
      input.areas.push_back(
          rect(shift + x * cell, shift + y * cell, shift + (x + 1) * cell, shift + (y + 1) * cell));
    }
  return input;
}

void benchOne(std::size_t units, int vertices) {
  const Clock::time_point generate_start = Clock::now();
  const ga::ApportionInput input = generatedInput(units, vertices);
  const double generate_s = secondsSince(generate_start);

  const Clock::time_point apportion_start = Clock::now();
  auto result =
      ga::apportion(input, {.threads = std::max(1u, std::thread::hardware_concurrency())});
  const double apportion_s = secondsSince(apportion_start);
  if (!result) {
    std::fprintf(stderr, "apportion failed: %s\n", result.error().toString().c_str());
    return;
  }

  const Clock::time_point points_start = Clock::now();
  auto points = ga::representativePoints(input.units);
  const double points_s = secondsSince(points_start);
  std::mt19937_64 rng(5);
  const double side = std::sqrt(double(units)) * 500.0;
  std::uniform_real_distribution<double> coord(0.0, side);
  ga::AccessInput access{.points = points ? points->points : std::vector<geo::core::Vec2>{}};
  for (std::size_t f = 0; f < units / 60; ++f)
    access.facilities.push_back({coord(rng), coord(rng)});
  const Clock::time_point access_start = Clock::now();
  auto nearest = ga::nearestFacilities(access);
  const double access_s = secondsSince(access_start);

  const double conservation =
      (result->served[0].value + result->outside[0].value) / result->input_total[0].value - 1.0;
  std::printf(
      "%8zu units %6zu areas %6zu facilities | generate %6.2f s | apportion %6.2f s "
      "(%zu audit rows, conservation error %.1e) | points %5.2f s | access %5.3f s%s | "
      "peak %7.0f MB\n",
      units,
      input.areas.size(),
      access.facilities.size(),
      generate_s,
      apportion_s,
      result->audit.size(),
      conservation,
      points_s,
      access_s,
      nearest ? "" : " (failed)",
      peakMemoryMb());
  std::fflush(stdout);
}

int runAnalysisBench(const std::vector<std::size_t>& sizes, int vertices) {
  std::printf("equimap bench-analysis: CPU%s, %u hardware threads, %d vertices per unit\n",
              procLine("/proc/cpuinfo", "model name").c_str(),
              std::thread::hardware_concurrency(),
              vertices);
  for (std::size_t units : sizes) benchOne(units, vertices);
  return 0;
}

}  // namespace

void addAnalysisBenchCommand(CLI::App& cli) {
  struct Options {
    std::vector<std::size_t> sizes{3'000, 30'000, 240'000};
    int vertices = 40;
  };
  auto options = std::make_shared<Options>();
  auto* command = cli.add_subcommand(
      "bench-analysis", "Time apportionment and access on generated units; print peak memory");
  command->add_option("--units", options->sizes, "Unit counts to run")->capture_default_str();
  command->add_option("--vertices", options->vertices, "Vertices per generated unit")
      ->check(CLI::Range(3, 1000))
      ->capture_default_str();
  command->callback([options] {
    const int code = runAnalysisBench(options->sizes, options->vertices);
    std::fflush(stdout);
    std::exit(code);
  });
}

}  // namespace app::cli
