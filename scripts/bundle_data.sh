#!/usr/bin/env bash
# Regenerates the bundled example data in data/ from the shared real-data folder.
#
# Usage: scripts/bundle_data.sh SHARED_DATA_DIR [OUTPUT_DIR]
#   SHARED_DATA_DIR  folder laid out like /work/shared/data (see its PROVENANCE.md)
#   OUTPUT_DIR       defaults to data/ next to this script's folder
#
# Region: the Capitol planning region (Capitol COG, planning-region code 09110), which holds
# Hartford, East Hartford and every town touching either. GeoJSON keeps the source CRS
# (NAD83 EPSG:4269 for Census layers, WGS 84 for the rest) with 6-decimal coordinates.
# CSV rows are copied byte for byte by scripts/bundle_filter.py. data/README.md is kept.
# Needs: ogr2ogr/ogrinfo (GDAL >= 3.6) and python3.
set -euo pipefail

src=${1:?usage: bundle_data.sh SHARED_DATA_DIR [OUTPUT_DIR]}
here=$(cd "$(dirname "$0")" && pwd)
out=${2:-"$here/../data"}
filter="python3 $here/bundle_filter.py"
region_cog="Capitol COG"
region_fips="09110"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

for dir in census boundaries facilities transit roads kpi; do
  rm -rf "${out:?}/$dir"
  mkdir -p "$out/$dir"
done

# GeoJSON writer: 6-decimal coordinates, legacy crs member (RFC7946=NO is the default).
# Sources without a crs member are WGS 84 by the GeoJSON rule; -oo NATIVE_DATA=NO makes GDAL
# write the CRS84 member for them instead of copying their member-less header.
geojson() {
  local dst=$1
  shift
  ogr2ogr -f GeoJSON -lco COORDINATE_PRECISION=6 -nln "$(basename "$dst" .geojson)" \
    "$dst" "$@"
}

# The region's towns (DataHaven's Capitol COG definition, 38 towns), one per line.
$filter by-values "$src/boundaries/ct_town_regions_datahaven.csv" "$tmp/regions.csv" \
  region "$region_cog" >/dev/null
python3 -c 'import csv,sys; [print(r["town"]) for r in csv.DictReader(open(sys.argv[1]))]' \
  "$tmp/regions.csv" >"$tmp/towns.txt"
town_list=$(sed "s/'/''/g; s/.*/'&'/" "$tmp/towns.txt" | paste -sd, -)

# Region outline, also in WGS 84 so WGS 84 point layers are clipped in their own CRS.
geojson "$out/boundaries/planning_region.geojson" \
  "$src/boundaries/capitol_planning_region_outline.geojson"
ogr2ogr -f GeoJSON -t_srs EPSG:4326 "$tmp/region_4326.geojson" \
  "$out/boundaries/planning_region.geojson"
read -r xmin ymin xmax ymax < <(ogrinfo -ro -so -al "$out/boundaries/planning_region.geojson" |
  sed -n 's/^Extent: (\(.*\), \(.*\)) - (\(.*\), \(.*\))$/\1 \2 \3 \4/p')

# census/
geojson "$out/census/tracts_2020.geojson" "$src/census/ct_tracts_2020_cb.geojson" \
  -where "cog = '$region_cog' AND GEOID_COG LIKE '$region_fips%'"
$filter tract-ids "$out/census/tracts_2020.geojson" GEOID_COG >"$tmp/tracts_cog.txt"
# Water-only tracts of the region (none at present) have no polygon: keep them by prefix.
$filter by-set "$src/census/acs2023_5yr_tracts_ct_selected_tables.csv" \
  "$out/census/acs2023_5yr_tracts.csv" GEOID_COG "$tmp/tracts_cog.txt" "$region_fips" >/dev/null
cp "$src/census/acs2023_variable_labels.csv" "$out/census/acs2023_variable_labels.csv"
$filter by-set "$src/census/ct_tract_crosswalk_2020_2022_ctdata.csv" \
  "$out/census/tract_crosswalk_2020_2022.csv" Tract_fips_2022 "$tmp/tracts_cog.txt" >/dev/null
$filter by-values "$src/census/ct_blockgroup_tract_town_xwalk_2020.csv" \
  "$out/census/blockgroup_tract_town_xwalk_2020.csv" cog_fips "$region_fips" >/dev/null
$filter towns-wide "$src/census/acs2023_towns_regions_basic_wide_datahaven.csv" \
  "$out/census/acs2023_towns_basic_wide_datahaven.csv" "$tmp/towns.txt" "$region_cog" \
  >/dev/null
cp "$src/census/acs2023_hartford_neighborhoods_datahaven.csv" \
  "$out/census/acs2023_hartford_neighborhoods_datahaven.csv"
geojson "$out/census/hartford_blockgroups_2010.geojson" \
  "$src/census/hartford_town_blockgroups_2010.geojson"

# boundaries/
geojson "$out/boundaries/towns.geojson" "$src/boundaries/ct_towns_2020_cb.geojson" \
  -where "NAME IN ($town_list)"
geojson "$out/boundaries/hartford_neighborhoods.geojson" \
  "$src/boundaries/hartford_neighborhoods_city17.geojson" -oo NATIVE_DATA=NO
geojson "$out/boundaries/hartford_westhartford_neighborhoods_datahaven.geojson" \
  "$src/boundaries/hartford_westhartford_neighborhoods_datahaven.geojson"
cp "$src/boundaries/hartford_nhood_tract_weights_2020.csv" \
  "$out/boundaries/hartford_nhood_tract_weights_2020.csv"

# facilities/
geojson "$out/facilities/libraries_pls_fy2022.geojson" \
  "$src/facilities/ct_public_libraries_pls_fy2022.geojson" -clipsrc "$tmp/region_4326.geojson"
geojson "$out/facilities/library_outlets_2016.geojson" \
  "$src/facilities/ct_public_library_outlets_publiclibs_2016.geojson" \
  -clipsrc "$tmp/region_4326.geojson"
school_types="'Public Schools','Public Charter Schools','Regional Schools',\
'Regional Education Service Center Schools','CT Technical Education and Career Schools',\
'Endowed and Incorporated Academies Schools'"
geojson "$out/facilities/schools_2019.geojson" \
  "$src/facilities/ct_public_schools_education_directory_2019.geojson" \
  -where "organization_type IN ($school_types)" -clipsrc "$tmp/region_4326.geojson" \
  -oo NATIVE_DATA=NO
geojson "$out/facilities/hospitals_c2020.geojson" \
  "$src/facilities/ct_hospitals_cms_geocoded_c2020.geojson" -spat "$xmin" "$ymin" "$xmax" "$ymax" \
  -oo NATIVE_DATA=NO

# transit/
geojson "$out/transit/bus_stops_2018.geojson" \
  "$src/transit/cttransit_stops_2018_capitol_region.geojson" -clipsrc "$tmp/region_4326.geojson"
geojson "$out/transit/bus_routes.geojson" \
  "$src/transit/cttransit_bus_routes_capitol_region.geojson" \
  -clipsrc "$xmin" "$ymin" "$xmax" "$ymax"
cp "$src/transit/cttransit_gtfs_agency_2018.txt" "$out/transit/gtfs_agency_2018.txt"
cp "$src/transit/cttransit_gtfs_routes_2018.txt" "$out/transit/gtfs_routes_2018.txt"

# roads/
geojson "$out/roads/hartford_bike_routes_2022.geojson" \
  "$src/roads/hartford_bike_routes_2022_city.geojson"

# kpi/
$filter libraries "$src/kpi/ct_public_library_stats_1996_2018.csv" \
  "$out/kpi/ct_public_library_stats_1996_2018.csv" "$tmp/towns.txt" >/dev/null
# Crashes: keep the records within 250 m of Hartford town (UTM 18N buffer of the generalised
# cartographic polygon), which drops the stray geocodes but keeps town-line road crashes.
# The buffer needs GDAL's SQLite dialect with Spatialite.
ogr2ogr -f GeoJSON -t_srs EPSG:32618 "$tmp/hartford_utm.geojson" \
  "$src/boundaries/ct_towns_2020_cb.geojson" -where "GEOID = '0900337070'" -nln hartford
ogr2ogr -f GeoJSON -t_srs EPSG:4326 "$tmp/hartford_4326.geojson" "$tmp/hartford_utm.geojson" \
  -dialect SQLite -sql "SELECT ST_Buffer(geometry, 250) AS geometry FROM hartford"
ogr2ogr -f CSV "$tmp/crash_ids.csv" "$src/kpi/hartford_crashes_2015_2020_uconn_ctcrash.csv" \
  -oo X_POSSIBLE_NAMES=y -oo Y_POSSIBLE_NAMES=x -oo KEEP_GEOM_COLUMNS=NO -a_srs EPSG:4326 \
  -clipsrc "$tmp/hartford_4326.geojson" -select id
tail -n +2 "$tmp/crash_ids.csv" | tr -d '"\r' >"$tmp/crash_ids.txt"
$filter by-set "$src/kpi/hartford_crashes_2015_2020_uconn_ctcrash.csv" \
  "$out/kpi/hartford_crashes_2015_2020.csv" id "$tmp/crash_ids.txt" >/dev/null

# Counts, to compare with data/README.md.
count() { ogrinfo -ro -so -al "$1" | sed -n 's/^Feature Count: //p'; }
rows() {
  python3 -c 'import csv, sys; print(sum(1 for _ in csv.reader(open(sys.argv[1]))) - 1)' "$1"
}
tracts="$out/census/tracts_2020.geojson"
outlets="$out/facilities/library_outlets_2016.geojson"
for town in Hartford "East Hartford"; do
  echo "tracts in $town: $(ogrinfo -ro -q "$tracts" -sql \
    "SELECT COUNT(*) AS n FROM tracts_2020 WHERE town = '$town'" | sed -n 's/.*n (Integer) = //p')"
  echo "library outlets in $town: $(ogrinfo -ro -q "$outlets" -sql \
    "SELECT COUNT(*) AS n FROM library_outlets_2016 WHERE town_geo = '$town'" |
    sed -n 's/.*n (Integer) = //p')"
done
(cd "$out" && find . -name '*.geojson' | sort | while read -r f; do
  echo "$f features=$(count "$f") bytes=$(stat -c %s "$f")"
done)
(cd "$out" && find . \( -name '*.csv' -o -name '*.txt' \) | sort | while read -r f; do
  echo "$f rows=$(rows "$f") bytes=$(stat -c %s "$f")"
done)
echo "total: $(du -sh --exclude=README.md "$out" | cut -f1)"
