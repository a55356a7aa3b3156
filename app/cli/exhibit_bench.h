#pragma once

// `equimap bench-exhibit [RECIPE]`: times one 300 dpi Letter exhibit of the
// bundled project (PNG and PDF) and a batch of ten 300 dpi PNG exhibits (the
// indicator series), and prints the figures with the machine they ran on.
// A benchmark, not a test: it asserts nothing. Targets: < 2 s and < 20 s.

#include <CLI/CLI.hpp>

namespace app::cli {

void addExhibitBenchCommand(CLI::App& cli);

}  // namespace app::cli
