#pragma once

// Attribute join: appends the columns of a table (e.g. ACS estimates) to a
// layer's attribute table by matching key columns (e.g. GEOID).
//
// Contract:
// - Keys are compared as text with surrounding whitespace trimmed; rows with an
//   empty key never match and are counted.
// - Every table column except its key is appended to target.table; a name the
//   target already has gets the suffix "_2" (or "_3", ...).
// - Target rows without a matching table row get null values (no data), never 0.
// - Duplicate keys in the table: the first occurrence is used, the others are
//   counted and listed. Duplicate keys in the target all receive the same row.
// - Fails, leaving `target` unchanged, with kNotFound (a key column missing),
//   kInvalidData (keys in scientific notation such as 9.1105E+09, i.e. GEOIDs
//   a spreadsheet turned into numbers; or no row matching at all, with a hint
//   naming the column or Connecticut GEOID form that would match).
// Not thread safe for `target` (it is modified); `table` is only read.

#include <cstddef>
#include <string>
#include <vector>

#include "geo/core/error.h"
#include "geo/core/feature_table.h"
#include "geo/core/layer.h"

namespace geo::io {

// Lists of keys in a JoinReport hold at most this many entries.
inline constexpr std::size_t kJoinKeyListLimit = 20;

struct JoinReport {
  std::size_t target_rows = 0;
  std::size_t table_rows = 0;
  std::size_t matched = 0;                               // target rows that received a table row
  std::size_t matched_table_rows = 0;                    // distinct table rows used
  std::size_t table_rows_without_geometry = 0;           // table rows whose key no target row has
  std::vector<std::string> table_keys_without_geometry;  // first kJoinKeyListLimit
  std::size_t geometries_without_row = 0;                // target rows left with null values
  std::vector<std::string> geometry_keys_without_row;    // first kJoinKeyListLimit
  std::size_t duplicate_table_keys = 0;  // table rows ignored because their key came earlier
  std::vector<std::string> duplicate_table_key_values;   // distinct, first kJoinKeyListLimit
  std::size_t duplicate_target_keys = 0;                 // target rows whose key an earlier row has
  std::vector<std::string> duplicate_target_key_values;  // distinct, first kJoinKeyListLimit
  std::size_t empty_table_keys = 0;
  std::size_t empty_target_keys = 0;
  std::string key_form;                   // Connecticut GEOID form of the table keys
  std::string target_key_form;            // Connecticut GEOID form of the target keys
  std::vector<std::string> added_fields;  // names of the appended columns
  std::vector<std::string> warnings;      // e.g. a key column that is not text

  // A few lines for a log or dialog: matches, unmatched both ways, duplicates, key forms.
  std::string summary() const;
};

// `table_path` names the table's file in errors and may be empty.
core::Result<JoinReport> joinTable(core::Layer& target,
                                   const std::string& target_key,
                                   const core::FeatureTable& table,
                                   const std::string& table_key,
                                   const std::string& table_path = {});

}  // namespace geo::io
