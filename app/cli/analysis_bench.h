#pragma once

// `equimap bench-analysis`: apportionment and access timings on generated data
// (about 3,000, 30,000 and 240,000 units; one service area per 50 units, one
// facility per 60 units) with the peak memory of the process. A benchmark, not
// a test: it asserts nothing and prints the machine it ran on.

namespace CLI {
class App;
}

namespace app::cli {

// Registers the `bench-analysis` subcommand; its callback ends the process.
void addAnalysisBenchCommand(CLI::App& cli);

}  // namespace app::cli
