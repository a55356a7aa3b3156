#pragma once

// `equimap export RECIPE_OR_PROJECT --out DIR --format pdf,svg,png
// [--series indicator|service_line|scenario] [--analysis DEF.json ...]
// [--summary table|chart|none] [--summary-stat mean|coverage]
// [--page letter|tabloid] [--landscape] [--dpi N] [--lang en|es]
// [--template FILE]`: writes one map exhibit per series item with no display.
// The scenario series runs the equity analyses (--analysis, else the ones
// the recipe or project names) first, printing their progress to stderr.
// Template: --template, else a project's saved exhibit template, else the
// defaults; flags given on the command line override it. The subcommand runs
// from its CLI11 callback and ends the parse with CLI::RuntimeError carrying
// the exit code (0 on success), so the caller's dispatch needs no change
// beyond registering it.

#include <CLI/CLI.hpp>

namespace app::cli {

void addExportCommand(CLI::App& cli);

}  // namespace app::cli
