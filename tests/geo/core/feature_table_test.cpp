#include "geo/core/feature_table.h"

#include <gtest/gtest.h>

namespace geo::core {
namespace {

TEST(FeatureTable, TextKeysKeepLeadingZeros) {
  FeatureTable table;
  table.addField({"GEOID", FieldType::kText});
  table.addRow({std::string("09110503800")});
  EXPECT_EQ(table.text(0, 0), "09110503800");
}

TEST(FeatureTable, NumberIsNulloptForNullAndNonNumericText) {
  FeatureTable table;
  table.addField({"v", FieldType::kText});
  table.addRow({});
  table.addRow({std::string("12a")});
  table.addRow({std::string(" 42.5 ")});
  EXPECT_FALSE(table.number(0, 0));
  EXPECT_FALSE(table.number(1, 0));
  EXPECT_DOUBLE_EQ(*table.number(2, 0), 42.5);
}

TEST(FeatureTable, AddingAFieldPadsExistingRowsWithNull) {
  FeatureTable table;
  table.addField({"a", FieldType::kInteger});
  table.addRow({std::int64_t{1}});
  std::size_t b = table.addField({"b", FieldType::kReal});
  EXPECT_TRUE(isNull(table.value(0, b)));
}

}  // namespace
}  // namespace geo::core
