#pragma once

// `equimap export RECIPE --out DIR --format pdf,svg,png [--series indicator|
// service_line|scenario] [--page letter|tabloid] [--landscape] [--dpi N]
// [--lang en|es] [--template FILE]`: writes one map exhibit per series item
// with no display. The subcommand runs from its CLI11 callback and ends the
// parse with CLI::RuntimeError carrying the exit code (0 on success), so the
// caller's dispatch needs no change beyond registering it.

#include <CLI/CLI.hpp>

namespace app::cli {

void addExportCommand(CLI::App& cli);

}  // namespace app::cli
