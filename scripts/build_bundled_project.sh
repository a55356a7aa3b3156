#!/bin/sh
# Builds data/hartford.equimap (the bundled project file) from the bundled recipe
# (its layers, styles, prepared views and the equity analysis it names,
# data/analyses/libraries.json), the Connecticut public library statistics
# (per-resident KPIs per town, system totals per central library), ACS group
# counts per town for service level by group, and empty definitions of the
# typical shared-service KPIs. Usage: scripts/build_bundled_project.sh [path/to/equimap]
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
equimap=${1:-"$here/build/equimap"}
out="$here/data/hartford.equimap"
stats="$here/data/kpi/ct_public_library_stats_1996_2018.csv"
rm -f "$out" "$out-wal" "$out-shm" "$out.recovery"
"$equimap" project create "$out" --recipe "$here/data/hartford.recipe.json" --shared-service-kpis
"$equimap" kpi import "$out" "$stats" --map "$here/data/kpi/ct_library_kpi_mapping.json"
"$equimap" kpi import "$out" "$stats" --map "$here/data/kpi/ct_library_system_kpi_mapping.json"
"$equimap" project group-counts "$out" --analysis "$here/data/analyses/libraries.json"
rm -f "$out-wal" "$out-shm"
