#pragma once

// The equimap command line: parses argv and runs the chosen subcommand, or the
// viewer when no subcommand is given. Returns the process exit code.

namespace app::cli {

int run(int argc, char** argv);

}  // namespace app::cli
