#pragma once

// FeatureTable: the attribute rows of a layer, stored by column. Values are
// null, text, integer or real. Key columns such as GEOIDs are kept as text
// exactly as read (leading zeros preserved). Not thread safe for writing;
// concurrent reads are fine.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <variant>
#include <vector>

namespace geo::core {

enum class FieldType : std::uint8_t { kText, kInteger, kReal, kDate, kDateTime, kOther };

struct Field {
  std::string name;
  FieldType type = FieldType::kText;
};

// std::monostate is a null (missing) value.
using Value = std::variant<std::monostate, std::string, std::int64_t, double>;

inline bool isNull(const Value& v) { return std::holds_alternative<std::monostate>(v); }

class FeatureTable {
 public:
  const std::vector<Field>& fields() const { return fields_; }
  std::size_t fieldCount() const { return fields_.size(); }
  std::size_t rowCount() const { return row_count_; }
  std::optional<std::size_t> fieldIndex(std::string_view name) const;

  // Adds a column filled with nulls for existing rows; returns its index.
  // A name that exists already is returned as is (its type is not changed).
  std::size_t addField(Field field);
  // Appends a row; `values` shorter than the field count is padded with nulls.
  void addRow(std::vector<Value> values);
  void set(std::size_t row, std::size_t field, Value value);

  const Value& value(std::size_t row, std::size_t field) const { return columns_[field][row]; }
  const std::vector<Value>& column(std::size_t field) const { return columns_[field]; }
  // Numeric value: integers and reals as they are, text parsed as a number if it is
  // one entirely; null or non-numeric text gives nullopt.
  std::optional<double> number(std::size_t row, std::size_t field) const;
  // Display text: null gives "", reals with up to 6 significant decimals.
  std::string text(std::size_t row, std::size_t field) const;

 private:
  std::vector<Field> fields_;
  std::vector<std::vector<Value>> columns_;
  std::unordered_map<std::string, std::size_t> index_;
  std::size_t row_count_ = 0;
};

const char* fieldTypeName(FieldType type);
std::optional<double> parseNumber(std::string_view text);

}  // namespace geo::core
