#include "geo/io/csv_field.h"

#include <gtest/gtest.h>

namespace geo::io {
namespace {

TEST(CsvField, PlainTextIsLeftUnquoted) {
  EXPECT_EQ(csvField("Más horas"), "Más horas");
  EXPECT_EQ(csvField(""), "");
}

TEST(CsvField, CommasQuotesAndLineBreaksAreQuotedWithQuotesDoubled) {
  EXPECT_EQ(csvField("a,b"), "\"a,b\"");
  EXPECT_EQ(csvField("say \"hi\""), "\"say \"\"hi\"\"\"");
  EXPECT_EQ(csvField("one\ntwo"), "\"one\ntwo\"");
  EXPECT_EQ(csvField("one\rtwo"), "\"one\rtwo\"");
}

}  // namespace
}  // namespace geo::io
