#include "app/cli/commands.h"

#include <CLI/CLI.hpp>

namespace app::cli {

int run(int argc, char** argv) {
  CLI::App cli{"equimap: service-equity maps and analysis"};
  cli.set_version_flag("--version", "equimap 0.1.0");
  CLI11_PARSE(cli, argc, argv);
  return 0;
}

}  // namespace app::cli
