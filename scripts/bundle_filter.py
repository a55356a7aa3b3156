#!/usr/bin/env python3
"""Row filters used by scripts/bundle_data.sh to clip the shared CSV tables to a region.

Every filter copies the kept lines byte for byte (quoting, line endings and a UTF-8 BOM
on the header survive), so the bundled CSVs are exact subsets of the source files.
Rows are parsed one physical line at a time; the sources have no multi-line cells, and
the script fails if a line does not parse into as many cells as the header has.

Sub-commands (all print the number of kept data rows on stdout):
  tract-ids GEOJSON FIELD              print FIELD of every feature, one per line
  by-set SRC DST COLUMN IDS_FILE [PREFIX]
                                       keep rows whose COLUMN is listed in IDS_FILE
                                       (or, if PREFIX is given, starts with PREFIX)
  by-values SRC DST COLUMN VALUE...    keep rows whose COLUMN equals one of VALUE
  libraries SRC DST TOWNS_FILE         keep library-statistics rows of the listed towns
  towns-wide SRC DST TOWNS_FILE REGION keep state row, the REGION row and the towns' rows
"""

import csv
import json
import re
import sys

# Library-statistics names that do not start with their town's name.
LIBRARY_TOWN_ALIASES = {"Berlin Free": "Berlin"}


def read_lines(path):
    with open(path, "r", encoding="utf-8", newline="") as handle:
        return handle.read().splitlines(keepends=True)


def parse(line):
    return next(csv.reader([line.lstrip("\ufeff")]))


def filter_rows(src, dst, keep):
    """Write the header and every line for which keep(row_dict) is true; return the count."""
    lines = read_lines(src)
    header = parse(lines[0])
    kept = 0
    with open(dst, "w", encoding="utf-8", newline="") as out:
        out.write(lines[0])
        for number, line in enumerate(lines[1:], start=2):
            cells = parse(line)
            if len(cells) != len(header):
                sys.exit(f"{src}:{number}: {len(cells)} cells, header has {len(header)}")
            if keep(dict(zip(header, cells))):
                out.write(line)
                kept += 1
    return kept


def read_set(path):
    with open(path, encoding="utf-8") as handle:
        return {line.strip() for line in handle if line.strip()}


def library_town(name):
    if name in LIBRARY_TOWN_ALIASES:
        return LIBRARY_TOWN_ALIASES[name]
    return re.split(r" - |, ", name)[0]


def main(argv):
    command, args = argv[1], argv[2:]
    if command == "tract-ids":
        with open(args[0], encoding="utf-8") as handle:
            for feature in json.load(handle)["features"]:
                print(feature["properties"][args[1]])
        return
    if command == "by-set":
        src, dst, column, ids_file = args[:4]
        prefix = args[4] if len(args) > 4 else None
        ids = read_set(ids_file)

        def keep(row):
            value = row[column]
            return value in ids or (prefix is not None and value.startswith(prefix))

        print(filter_rows(src, dst, keep))
    elif command == "by-values":
        src, dst, column, *values = args
        print(filter_rows(src, dst, lambda row: row[column] in set(values)))
    elif command == "libraries":
        towns = read_set(args[2])
        print(filter_rows(args[0], args[1], lambda row: library_town(row["Library"]) in towns))
    elif command == "towns-wide":
        towns = read_set(args[2])
        region = args[3]

        def keep(row):
            return (row["level"] == "2_state" or row["name"] == region
                    or (row["level"] == "6_town" and row["name"] in towns))

        print(filter_rows(args[0], args[1], keep))
    else:
        sys.exit(f"unknown command {command}")


if __name__ == "__main__":
    main(sys.argv)
