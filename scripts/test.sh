#!/usr/bin/env bash
# Command 2 of the README (and what CI runs): installs what equimap needs,
# builds with warnings as errors and runs the whole test suite. GUI tests start
# their own Xvfb. Pass --sanitize for an AddressSanitizer + UBSan build.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
source "$root/scripts/deps.sh"
equimap_install_deps

build="$root/build"
# Every option is set, so a build folder configured by run.sh (Release, no
# tests) is switched over instead of silently building no tests.
flags=(-DCMAKE_BUILD_TYPE=RelWithDebInfo -DEQUIMAP_WERROR=ON -DEQUIMAP_BUILD_TESTS=ON)
if [ "${1:-}" = "--sanitize" ]; then
  build="$root/build-asan"
  flags+=(-DEQUIMAP_SANITIZE=ON)
else
  flags+=(-DEQUIMAP_SANITIZE=OFF)
fi
cmake -S "$root" -B "$build" -G Ninja "${flags[@]}" >/dev/null
cmake --build "$build" -j "$(nproc)"
ctest --test-dir "$build" --output-on-failure --no-tests=error -j "$(nproc)"
