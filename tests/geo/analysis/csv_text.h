#pragma once

// A tiny CSV reader for tests: RFC 4180 quoting (quoted fields may hold commas,
// doubled quotes and line breaks), every cell kept as text. It lets analysis tests
// read real data files without depending on the io layer or GDAL.

#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "geo/core/feature_table.h"

namespace geo::testing {

using CsvRows = std::vector<std::vector<std::string>>;

inline CsvRows parseCsv(const std::string& text) {
  CsvRows rows(1);
  std::string cell;
  bool quoted = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (quoted && c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
      cell += '"';
      ++i;
    } else if (c == '"') {
      quoted = !quoted;
    } else if (!quoted && c == ',') {
      rows.back().push_back(std::move(cell));
      cell.clear();
    } else if (!quoted && (c == '\n' || c == '\r')) {
      if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
      rows.back().push_back(std::move(cell));
      cell.clear();
      rows.emplace_back();
    } else {
      cell += c;
    }
  }
  if (!cell.empty() || !rows.back().empty()) rows.back().push_back(std::move(cell));
  if (rows.back().empty()) rows.pop_back();
  return rows;
}

inline std::optional<CsvRows> readCsvFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::stringstream buffer;
  buffer << in.rdbuf();
  return parseCsv(buffer.str());
}

// A FeatureTable of text cells (blank cells become nulls) from parsed rows; the first
// row names the fields.
inline core::FeatureTable toFeatureTable(const CsvRows& rows) {
  core::FeatureTable table;
  if (rows.empty()) return table;
  for (const std::string& name : rows[0]) table.addField({name, core::FieldType::kText});
  for (std::size_t r = 1; r < rows.size(); ++r) {
    std::vector<core::Value> values;
    for (const std::string& cell : rows[r]) {
      values.push_back(cell.empty() ? core::Value{} : core::Value{cell});
    }
    table.addRow(std::move(values));
  }
  return table;
}

}  // namespace geo::testing
