#include "geo/i18n/number_format.h"

#include <gtest/gtest.h>

#include <limits>

namespace geo::i18n {
namespace {

TEST(NumberFormat, EnglishGroupsWithCommasAndSpanishWithPoints) {
  EXPECT_EQ(formatNumber(1234.5, 1, Language::kEnglish), "1,234.5");
  EXPECT_EQ(formatNumber(1234.5, 1, Language::kSpanish), "1.234,5");
  EXPECT_EQ(formatNumber(1234567.891, 2, Language::kEnglish), "1,234,567.89");
  EXPECT_EQ(formatNumber(1234567.891, 2, Language::kSpanish), "1.234.567,89");
  EXPECT_EQ(formatNumber(999.96, 1, Language::kSpanish), "1.000,0");  // rounding carries
  EXPECT_EQ(formatNumber(0.25, 3, Language::kSpanish), "0,250");
  EXPECT_EQ(formatNumber(42, 0, Language::kSpanish), "42");
}

TEST(NumberFormat, NegativeNumbersAndZeroAfterRounding) {
  EXPECT_EQ(formatNumber(-1234.5, 1, Language::kSpanish), "-1.234,5");
  EXPECT_EQ(formatNumber(-0.04, 1, Language::kEnglish), "0.0");  // no "-0.0"
  EXPECT_EQ(formatSigned(24.2857, 1, Language::kEnglish), "+24.3");
  EXPECT_EQ(formatSigned(-2.0, 1, Language::kSpanish), "-2,0");
  EXPECT_EQ(formatSigned(0.01, 1, Language::kSpanish), "0,0");
}

TEST(NumberFormat, InfinityAndNaNAreNotPrintedAsWords) {
  const double inf = std::numeric_limits<double>::infinity();
  EXPECT_EQ(formatNumber(inf, 2, Language::kEnglish), "∞");
  EXPECT_EQ(formatSigned(inf, 2, Language::kSpanish), "+∞");
  EXPECT_EQ(formatNumber(std::numeric_limits<double>::quiet_NaN(), 1, Language::kEnglish), "–");
}

}  // namespace
}  // namespace geo::i18n
