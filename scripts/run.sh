#!/usr/bin/env bash
# Command 1 of the README: installs what equimap needs, builds it, and runs the
# main job on the bundled Hartford + East Hartford project. With a display it
# opens the viewer; without one it renders the main map to out/ and says where.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
source "$root/scripts/deps.sh"
equimap_install_deps

# Every option is set, so a build folder configured by test.sh (tests on,
# warnings as errors) is switched over instead of half-inheriting its cache.
cmake -S "$root" -B "$root/build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DEQUIMAP_BUILD_TESTS=OFF \
  -DEQUIMAP_WERROR=OFF -DEQUIMAP_SANITIZE=OFF >/dev/null
cmake --build "$root/build" -j "$(nproc)"
bin="$root/build/equimap"

if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  exec "$bin" "$@"
fi

out="$root/out"
mkdir -p "$out"
echo "equimap: no display; running the headless main job into $out"
xvfb-run -a -s "-screen 0 1920x1200x24" \
  "$bin" render --out "$out/hartford_poverty.png" --width 1600 --height 1000
"$bin" analyze "$root/data/analyses/libraries.json" --out "$out/analysis"
"$bin" export "$root/data/hartford.recipe.json" --out "$out/exhibits" --format pdf,svg,png \
  --landscape --series service_line
"$bin" export "$root/data/hartford.recipe.json" --out "$out/exhibits" --format pdf,png \
  --landscape --series scenario
echo
echo "Main map:          $out/hartford_poverty.png"
echo "Equity analysis:   $out/analysis/report.txt (+ units.gpkg, groups.csv, audit CSVs)"
echo "Report exhibits:   $out/exhibits/ (PDF, SVG and 300 dpi PNG, one per facility layer;"
echo "                   PDF and PNG per service line today / proposal / change, with summary)"
