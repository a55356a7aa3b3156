#include "geo/io/table_join.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <unordered_map>
#include <unordered_set>

#include "geo/core/log.h"
#include "geo/io/geoid_form.h"

namespace geo::io {
namespace {

using core::ErrorCode;
using core::FeatureTable;

std::string trimmed(std::string_view text) {
  auto space = [](unsigned char c) { return std::isspace(c) != 0; };
  while (!text.empty() && space(text.front())) text.remove_prefix(1);
  while (!text.empty() && space(text.back())) text.remove_suffix(1);
  return std::string(text);
}

std::vector<std::string> columnKeys(const FeatureTable& table, std::size_t field) {
  std::vector<std::string> keys;
  keys.reserve(table.rowCount());
  for (std::size_t row = 0; row < table.rowCount(); ++row) {
    keys.push_back(trimmed(table.text(row, field)));
  }
  return keys;
}

// "9.1105E+09", "-1e5", "9E9": what a spreadsheet writes for a long number.
bool isScientific(std::string_view key) {
  std::size_t e = key.find_first_of("eE");
  if (e == std::string_view::npos || e == 0) return false;
  auto digits_only = [](std::string_view s, std::string_view extra) {
    return !s.empty() && std::ranges::all_of(s, [&](char c) {
      return std::isdigit(static_cast<unsigned char>(c)) || extra.find(c) != std::string_view::npos;
    });
  };
  std::string_view mantissa = key.substr(0, e);
  std::string_view exponent = key.substr(e + 1);
  if (!exponent.empty() && (exponent[0] == '+' || exponent[0] == '-')) exponent.remove_prefix(1);
  if (mantissa[0] == '+' || mantissa[0] == '-') mantissa.remove_prefix(1);
  return digits_only(mantissa, ".") && digits_only(exponent, "");
}

void addLimited(std::vector<std::string>& list, const std::string& key) {
  if (list.size() < kJoinKeyListLimit) list.push_back(key);
}

void addDistinctLimited(std::vector<std::string>& list, const std::string& key) {
  if (std::ranges::find(list, key) == list.end()) addLimited(list, key);
}

core::Result<std::size_t> keyField(const FeatureTable& table,
                                   const std::string& name,
                                   const std::string& file,
                                   const std::string& layer) {
  if (auto index = table.fieldIndex(name)) return *index;
  return core::fail({.code = ErrorCode::kNotFound,
                     .message = "no key column named '" + name + "'",
                     .file = file,
                     .layer = layer,
                     .field = name,
                     .hint = "pick one of the table's columns as key"});
}

core::Result<void> refuseScientific(const std::vector<std::string>& keys,
                                    const std::string& file,
                                    const std::string& field) {
  auto bad = std::ranges::find_if(keys, isScientific);
  if (bad == keys.end()) return {};
  return core::fail({.code = ErrorCode::kInvalidData,
                     .message = "key column holds numbers in scientific notation (e.g. '" + *bad +
                                "'): the GEOIDs were converted to numbers by a spreadsheet and "
                                "their digits are lost",
                     .file = file,
                     .field = field,
                     .hint = "export the table again with the key column formatted as text"});
}

// Count of `keys` found in `lookup`.
std::size_t countFound(const std::vector<std::string>& keys,
                       const std::unordered_set<std::string>& lookup) {
  return static_cast<std::size_t>(
      std::ranges::count_if(keys, [&](const auto& k) { return !k.empty() && lookup.contains(k); }));
}

// The other column of `table` whose values match `lookup` best, or "".
std::string bestOtherColumn(const FeatureTable& table,
                            std::size_t skip,
                            const std::unordered_set<std::string>& lookup) {
  std::string best;
  std::size_t best_count = 0;
  for (std::size_t f = 0; f < table.fieldCount(); ++f) {
    if (f == skip) continue;
    std::size_t found = countFound(columnKeys(table, f), lookup);
    if (found > best_count) best_count = found, best = table.fields()[f].name;
  }
  return best;
}

struct KeySides {
  std::vector<std::string> target;
  std::vector<std::string> table;
  std::size_t target_field = 0;
  std::size_t table_field = 0;
};

std::string noMatchHint(const core::Layer& target, const FeatureTable& table, const KeySides& k) {
  std::unordered_set<std::string> table_set(k.table.begin(), k.table.end());
  std::unordered_set<std::string> target_set(k.target.begin(), k.target.end());
  std::string hint;
  if (std::string other = bestOtherColumn(target.table, k.target_field, table_set);
      !other.empty()) {
    hint = "join the layer on " + other + " instead";
  } else if (std::string alt = bestOtherColumn(table, k.table_field, target_set); !alt.empty()) {
    hint = "join the table on " + alt + " instead";
  }
  GeoidForm target_form = geoidForm(k.target);
  GeoidForm table_form = geoidForm(k.table);
  bool ct_forms = (target_form == GeoidForm::kCounty && table_form == GeoidForm::kPlanningRegion) ||
                  (target_form == GeoidForm::kPlanningRegion && table_form == GeoidForm::kCounty);
  if (ct_forms) {
    if (!hint.empty()) hint += "; ";
    hint += fmt::format(
        "the layer keys use the {} and the table keys the {}; join on GEOID_COG "
        "(planning-region form) or GEOID (county form) so both sides match",
        geoidFormText(target_form),
        geoidFormText(table_form));
  }
  if (hint.empty()) hint = "check that both key columns hold the same kind of identifier";
  return hint;
}

std::string uniqueName(const FeatureTable& table, const std::string& name) {
  if (!table.fieldIndex(name)) return name;
  for (int suffix = 2;; ++suffix) {
    std::string candidate = fmt::format("{}_{}", name, suffix);
    if (!table.fieldIndex(candidate)) return candidate;
  }
}

// First row index per key; duplicates and empty keys go to the report.
std::unordered_map<std::string, std::size_t> indexTable(const std::vector<std::string>& keys,
                                                        JoinReport& report) {
  std::unordered_map<std::string, std::size_t> first_row;
  for (std::size_t row = 0; row < keys.size(); ++row) {
    const std::string& key = keys[row];
    if (key.empty()) {
      ++report.empty_table_keys;
    } else if (!first_row.emplace(key, row).second) {
      ++report.duplicate_table_keys;
      addDistinctLimited(report.duplicate_table_key_values, key);
    }
  }
  return first_row;
}

// Table row for each target row (or none), filling the target side of the report.
std::vector<std::optional<std::size_t>> matchRows(
    const std::vector<std::string>& target_keys,
    const std::unordered_map<std::string, std::size_t>& first_row,
    JoinReport& report) {
  std::vector<std::optional<std::size_t>> matches(target_keys.size());
  std::unordered_set<std::string> seen;
  for (std::size_t row = 0; row < target_keys.size(); ++row) {
    const std::string& key = target_keys[row];
    if (key.empty()) ++report.empty_target_keys;
    if (!key.empty() && !seen.insert(key).second) {
      ++report.duplicate_target_keys;
      addDistinctLimited(report.duplicate_target_key_values, key);
    }
    auto found = key.empty() ? first_row.end() : first_row.find(key);
    if (found != first_row.end()) {
      matches[row] = found->second;
      ++report.matched;
    } else {
      ++report.geometries_without_row;
      addLimited(report.geometry_keys_without_row, key);
    }
  }
  return matches;
}

void countUnusedTableRows(const std::unordered_map<std::string, std::size_t>& first_row,
                          const std::vector<std::string>& table_keys,
                          const std::vector<std::string>& target_keys,
                          JoinReport& report) {
  std::unordered_set<std::string> target_set(target_keys.begin(), target_keys.end());
  for (std::size_t row = 0; row < table_keys.size(); ++row) {
    const std::string& key = table_keys[row];
    if (key.empty() || first_row.at(key) != row) continue;
    if (target_set.contains(key)) {
      ++report.matched_table_rows;
    } else {
      ++report.table_rows_without_geometry;
      addLimited(report.table_keys_without_geometry, key);
    }
  }
}

void appendColumns(core::Layer& target,
                   const FeatureTable& table,
                   std::size_t table_key_field,
                   const std::vector<std::optional<std::size_t>>& matches,
                   JoinReport& report) {
  for (std::size_t f = 0; f < table.fieldCount(); ++f) {
    if (f == table_key_field) continue;
    core::Field field = table.fields()[f];
    field.name = uniqueName(target.table, field.name);
    report.added_fields.push_back(field.name);
    std::size_t out = target.table.addField(field);
    for (std::size_t row = 0; row < matches.size(); ++row) {
      if (matches[row]) target.table.set(row, out, table.value(*matches[row], f));
    }
  }
}

void warnIfNotText(const FeatureTable& table,
                   std::size_t field,
                   const std::string& where,
                   JoinReport& report) {
  const core::Field& key = table.fields()[field];
  if (key.type == core::FieldType::kText) return;
  report.warnings.push_back(
      fmt::format("key column '{}' of {} is {}, not text; leading zeros "
                  "of its identifiers may have been lost",
                  key.name,
                  where,
                  core::fieldTypeName(key.type)));
}

}  // namespace

core::Result<JoinReport> joinTable(core::Layer& target,
                                   const std::string& target_key,
                                   const FeatureTable& table,
                                   const std::string& table_key,
                                   const std::string& table_path) {
  auto target_field = keyField(target.table, target_key, target.source_path, target.name);
  if (!target_field) return std::unexpected(target_field.error());
  auto table_field = keyField(table, table_key, table_path, {});
  if (!table_field) return std::unexpected(table_field.error());

  KeySides keys{.target = columnKeys(target.table, *target_field),
                .table = columnKeys(table, *table_field),
                .target_field = *target_field,
                .table_field = *table_field};
  if (auto ok = refuseScientific(keys.table, table_path, table_key); !ok) {
    return std::unexpected(ok.error());
  }
  if (auto ok = refuseScientific(keys.target, target.source_path, target_key); !ok) {
    return std::unexpected(ok.error());
  }

  JoinReport report{.target_rows = keys.target.size(), .table_rows = keys.table.size()};
  report.key_form = geoidFormText(geoidForm(keys.table));
  report.target_key_form = geoidFormText(geoidForm(keys.target));
  warnIfNotText(target.table, *target_field, "the layer", report);
  warnIfNotText(table, *table_field, "the table", report);

  auto first_row = indexTable(keys.table, report);
  auto matches = matchRows(keys.target, first_row, report);
  countUnusedTableRows(first_row, keys.table, keys.target, report);
  if (report.matched == 0 && report.target_rows > 0 && report.table_rows > 0) {
    return core::fail({.code = ErrorCode::kInvalidData,
                       .message = fmt::format("no row of the table matches the layer's '{}' "
                                              "keys (table key '{}', {})",
                                              target_key,
                                              table_key,
                                              report.key_form),
                       .file = table_path,
                       .layer = target.name,
                       .field = table_key,
                       .hint = noMatchHint(target, table, keys)});
  }

  appendColumns(target, table, *table_field, matches, report);
  core::logInfo("io", "joined {} onto layer '{}': {}", table_path, target.name, report.summary());
  return report;
}

std::string JoinReport::summary() const {
  std::string out = fmt::format("{} of {} features matched a table row; {} of {} table rows used",
                                matched,
                                target_rows,
                                matched_table_rows,
                                table_rows);
  out += fmt::format("; {} table rows without geometry", table_rows_without_geometry);
  if (!table_keys_without_geometry.empty()) {
    out += fmt::format(" ({})", fmt::join(table_keys_without_geometry, ", "));
  }
  out += fmt::format("; {} features without data (shown as no data)", geometries_without_row);
  if (duplicate_table_keys > 0) {
    out += fmt::format("; {} duplicate table keys, first occurrence used ({})",
                       duplicate_table_keys,
                       fmt::join(duplicate_table_key_values, ", "));
  }
  if (duplicate_target_keys > 0) {
    out += fmt::format("; {} duplicate layer keys ({})",
                       duplicate_target_keys,
                       fmt::join(duplicate_target_key_values, ", "));
  }
  out += fmt::format("; table keys: {}", key_form);
  return out;
}

}  // namespace geo::io
