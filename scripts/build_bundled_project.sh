#!/bin/sh
# Builds data/hartford.equimap (the bundled project file) from the bundled recipe
# and the Connecticut public library statistics, with ACS group counts per town for
# service level by group and empty definitions of the typical shared-service KPIs.
# Usage: scripts/build_bundled_project.sh [path/to/equimap]
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
equimap=${1:-"$here/build/equimap"}
out="$here/data/hartford.equimap"
rm -f "$out" "$out-wal" "$out-shm" "$out.recovery"
"$equimap" project create "$out" --recipe "$here/data/hartford.recipe.json" --shared-service-kpis
"$equimap" kpi import "$out" "$here/data/kpi/ct_public_library_stats_1996_2018.csv" \
  --map "$here/data/kpi/ct_library_kpi_mapping.json"
"$equimap" project group-counts "$out" --analysis "$here/data/analyses/libraries.json"
rm -f "$out-wal" "$out-shm"
