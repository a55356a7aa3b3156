#include "geo/core/feature_table.h"

#include <fmt/format.h>

#include <charconv>
#include <cmath>

namespace geo::core {

std::optional<std::size_t> FeatureTable::fieldIndex(std::string_view name) const {
  auto it = index_.find(std::string(name));
  if (it == index_.end()) return std::nullopt;
  return it->second;
}

std::size_t FeatureTable::addField(Field field) {
  if (auto existing = fieldIndex(field.name)) return *existing;
  index_.emplace(field.name, fields_.size());
  fields_.push_back(std::move(field));
  columns_.emplace_back(row_count_);
  return fields_.size() - 1;
}

void FeatureTable::addRow(std::vector<Value> values) {
  values.resize(fields_.size());
  for (std::size_t i = 0; i < fields_.size(); ++i) columns_[i].push_back(std::move(values[i]));
  ++row_count_;
}

void FeatureTable::set(std::size_t row, std::size_t field, Value value) {
  columns_[field][row] = std::move(value);
}

std::optional<double> parseNumber(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  if (text.empty()) return std::nullopt;
  if (text.front() == '+') text.remove_prefix(1);
  double out = 0.0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
  if (ec != std::errc() || end != text.data() + text.size() || !std::isfinite(out))
    return std::nullopt;
  return out;
}

std::optional<double> FeatureTable::number(std::size_t row, std::size_t field) const {
  const Value& v = columns_[field][row];
  if (auto* i = std::get_if<std::int64_t>(&v)) return static_cast<double>(*i);
  if (auto* d = std::get_if<double>(&v)) return std::isfinite(*d) ? std::optional(*d) : std::nullopt;
  if (auto* s = std::get_if<std::string>(&v)) return parseNumber(*s);
  return std::nullopt;
}

std::string FeatureTable::text(std::size_t row, std::size_t field) const {
  const Value& v = columns_[field][row];
  if (auto* i = std::get_if<std::int64_t>(&v)) return std::to_string(*i);
  if (auto* d = std::get_if<double>(&v)) return fmt::format("{:.6g}", *d);
  if (auto* s = std::get_if<std::string>(&v)) return *s;
  return {};
}

const char* fieldTypeName(FieldType type) {
  switch (type) {
    case FieldType::kText: return "text";
    case FieldType::kInteger: return "integer";
    case FieldType::kReal: return "real";
    case FieldType::kDate: return "date";
    case FieldType::kDateTime: return "datetime";
    case FieldType::kOther: return "other";
  }
  return "?";
}

}  // namespace geo::core
