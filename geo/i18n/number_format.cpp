#include "geo/i18n/number_format.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

namespace geo::i18n {
namespace {

struct Separators {
  char thousands;
  char decimal;
};

Separators separatorsOf(Language language) {
  return language == Language::kSpanish ? Separators{'.', ','} : Separators{',', '.'};
}

// "1234567" -> "1,234,567" with the given separator.
std::string grouped(const std::string& digits, char separator) {
  std::string out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out.push_back(separator);
    out.push_back(digits[i]);
  }
  return out;
}

// The magnitude of `value` without a sign, in the language's separators.
std::string magnitude(double value, int decimals, Separators s) {
  const std::string plain = fmt::format("{:.{}f}", std::abs(value), decimals);
  const std::size_t point = plain.find('.');
  std::string out = grouped(plain.substr(0, point), s.thousands);
  if (point != std::string::npos) out += s.decimal + plain.substr(point + 1);
  return out;
}

bool roundsToZero(double value, int decimals) {
  return std::abs(value) * std::pow(10.0, decimals) < 0.5;
}

}  // namespace

std::string formatNumber(double value, int decimals, Language language) {
  if (std::isnan(value)) return "–";
  if (std::isinf(value)) return value > 0 ? "∞" : "-∞";
  decimals = std::clamp(decimals, 0, 6);
  const bool negative = value < 0 && !roundsToZero(value, decimals);
  return (negative ? "-" : "") + magnitude(value, decimals, separatorsOf(language));
}

std::string formatSigned(double value, int decimals, Language language) {
  const std::string text = formatNumber(value, decimals, language);
  const bool positive = !std::isnan(value) && value > 0 && !roundsToZero(value, decimals);
  return positive ? "+" + text : text;
}

}  // namespace geo::i18n
