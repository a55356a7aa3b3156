#pragma once

// Command-line access to project files and KPIs:
//   equimap project create PROJECT [--recipe RECIPE] [--analysis DEF.json ...]
//                          [--shared-service-kpis]
//   equimap project group-counts PROJECT --analysis DEFINITION [--area-field FIELD]
//   equimap kpi import PROJECT FILE --map MAPPING [--json]
//   equimap kpi report PROJECT [--json]
// Each subcommand runs in its CLI11 callback and ends the parse with
// CLI::Success (exit 0) or CLI::RuntimeError (exit 1, message on stderr), so
// run() does not need to know about them.

namespace CLI {
class App;
}

namespace app::cli {

void addKpiCommands(CLI::App& cli);

}  // namespace app::cli
