#!/bin/sh
# Regenerates the broken-input fixtures in this folder (needs GDAL's ogr2ogr and python3).
# Each file is tiny on purpose; the tests in tests/geo/io/ state what each must produce.
set -eu
cd "$(dirname "$0")"
rm -rf tmp && mkdir tmp

# Three squares as a shapefile; used for the truncated and missing-.prj cases.
cat > tmp/squares.geojson <<'JSON'
{"type":"FeatureCollection","features":[
{"type":"Feature","properties":{"name":"a"},"geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,1],[0,0]]]}},
{"type":"Feature","properties":{"name":"b"},"geometry":{"type":"Polygon","coordinates":[[[2,0],[3,0],[3,1],[2,1],[2,0]]]}},
{"type":"Feature","properties":{"name":"c"},"geometry":{"type":"Polygon","coordinates":[[[4,0],[5,0],[5,1],[4,1],[4,0]]]}}]}
JSON
ogr2ogr -q -f "ESRI Shapefile" -a_srs EPSG:4326 tmp/squares.shp tmp/squares.geojson

# Truncated: the .shp is cut in the middle of the second record (100-byte header +
# 8-byte record header + 128-byte polygon per record).
for ext in shx dbf prj; do cp "tmp/squares.$ext" "truncated.$ext"; done
head -c 300 tmp/squares.shp > truncated.shp

# Missing .prj: the same shapefile without its projection file.
for ext in shp shx dbf; do cp "tmp/squares.$ext" "no_prj.$ext"; done

# Windows-1252 attribute text, no .cpg, and code page byte 0 in the DBF header.
cat > tmp/names.csv <<'CSV'
id,name,WKT
1,Peñalosa,POINT (0 0)
2,Bélanger,POINT (1 1)
CSV
ogr2ogr -q -f "ESRI Shapefile" -a_srs EPSG:4326 -lco ENCODING=CP1252 -select id,name \
  cp1252.shp tmp/names.csv
rm -f cp1252.cpg
printf '\000' | dd of=cp1252.dbf bs=1 seek=29 conv=notrunc status=none

rm -rf tmp

# Text fixtures.
printf '{"type": "FeatureCollection", "features": [\n  {"type": "Feature", "properties": {"name": "a"}, "geometry": {"type": "Point", "coordinates": [0, 0]}\n' \
  > invalid_json.geojson
cat > bowtie.geojson <<'JSON'
{"type": "FeatureCollection", "features": [
{"type": "Feature", "properties": {"name": "bowtie"}, "geometry": {"type": "Polygon", "coordinates": [[[0, 0], [2, 2], [2, 0], [0, 2], [0, 0]]]}},
{"type": "Feature", "properties": {"name": "square"}, "geometry": {"type": "Polygon", "coordinates": [[[3, 0], [4, 0], [4, 1], [3, 1], [3, 0]]]}}
]}
JSON
cat > empty_layer.geojson <<'JSON'
{"type": "FeatureCollection", "features": []}
JSON
cat > null_geometry.geojson <<'JSON'
{"type": "FeatureCollection", "features": [
{"type": "Feature", "properties": {"GEOID": "09110503800"}, "geometry": {"type": "Point", "coordinates": [-72.68, 41.76]}},
{"type": "Feature", "properties": {"GEOID": "09110503900"}, "geometry": null},
{"type": "Feature", "properties": {"GEOID": "09110504000"}, "geometry": {"type": "Point", "coordinates": [-72.66, 41.75]}}
]}
JSON
printf 'GEOID,pop\n09110503800,1200\n09110503900,950\n09003524100,400\n' > leading_zero_geoids.csv
printf 'GEOID,pop\n9.1105E+09,1200\n9.1105E+09,950\n' > scientific_geoids.csv
