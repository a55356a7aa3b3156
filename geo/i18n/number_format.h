#pragma once

// Numbers in running text (cards, flags, reports) in the reader's language:
// English 1,234.5 (comma thousands, point decimals); Spanish 1.234,5 (point
// thousands, comma decimals). Digits are grouped in threes from 1,000 on.
// Pure functions, thread safe. Non-finite values print as "∞", "-∞" or "–"
// (NaN) rather than "inf"/"nan".

#include <string>

#include "geo/i18n/catalog.h"

namespace geo::i18n {

// `value` rounded to `decimals` (0..6) places: formatNumber(1234.56, 1,
// kSpanish) == "1.234,6"; formatNumber(-0.04, 1, kEnglish) == "0.0" (no "-0.0").
std::string formatNumber(double value, int decimals, Language language);

// As formatNumber, with a sign always: "+3.5", "-2,0", "0.0".
std::string formatSigned(double value, int decimals, Language language);

}  // namespace geo::i18n
