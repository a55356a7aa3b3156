#include "geo/exhibit/legend_layout.h"

#include <gtest/gtest.h>

#include <fmt/format.h>

#include "geo/core/log.h"

namespace geo::exhibit {
namespace {

// Every character is half the type size wide.
double halfEm(std::string_view text, TextStyle style) {
  return 0.5 * style.size_pt * text.size();
}

std::vector<LegendItem> twelveClasses() {
  std::vector<LegendItem> items{{.symbol = LegendSymbol::kNone, .text = "Share"}};
  for (int k = 0; k < 12; ++k)
    items.push_back({.fill = {std::uint8_t(20 * k), 0, 0, 255},
                     .text = fmt::format("{} - {} % ({})", 5 * k, 5 * k + 5, k)});
  items.push_back({.fill = {200, 200, 200, 255}, .text = "No data (0)"});
  return items;
}

bool inside(const core::Box& outer, const core::Box& inner) {
  return inner.min_x >= outer.min_x - 1e-9 && inner.max_x <= outer.max_x + 1e-9 &&
         inner.min_y >= outer.min_y - 1e-9 && inner.max_y <= outer.max_y + 1e-9;
}

TEST(LegendLayout, FitsInOneColumnWhenTheAreaIsTallEnough) {
  const auto items = twelveClasses();
  const auto layout = layoutLegend(items, {0, 0, 200, 400}, LegendSpec{}, halfEm);
  EXPECT_TRUE(layout.fits);
  EXPECT_EQ(layout.columns, 1);
  EXPECT_DOUBLE_EQ(layout.font_pt, 9.0);
}

TEST(LegendLayout, TwelveClassesInASmallFrameWrapIntoColumnsWithoutDroppingAnItem) {
  const auto items = twelveClasses();
  const core::Box area{10, 10, 310, 80};  // room for 5 rows at 9 pt
  const auto layout = layoutLegend(items, area, LegendSpec{}, halfEm);
  EXPECT_TRUE(layout.fits);
  EXPECT_GE(layout.columns, 3);
  ASSERT_EQ(layout.positions.size(), items.size());
  EXPECT_TRUE(inside(area, layout.bounds));
  for (const auto& p : layout.positions) EXPECT_TRUE(area.contains(p));
  // Distinct positions: no item drawn over another.
  for (std::size_t i = 0; i < items.size(); ++i)
    for (std::size_t j = i + 1; j < items.size(); ++j)
      EXPECT_FALSE(layout.positions[i] == layout.positions[j]) << i << " " << j;
}

TEST(LegendLayout, ShrinksTheTypeWhenColumnsAloneDoNotFit) {
  const auto items = twelveClasses();
  const core::Box area{0, 0, 160, 60};
  const auto layout = layoutLegend(items, area, LegendSpec{}, halfEm);
  EXPECT_TRUE(layout.fits);
  EXPECT_LT(layout.font_pt, 9.0);
  EXPECT_GE(layout.font_pt, 5.0);
  EXPECT_TRUE(inside(area, layout.bounds));
}

TEST(LegendLayout, WarnsAndKeepsEveryItemWhenNothingFits) {
  std::vector<std::string> warnings;
  auto previous = core::setLogSink([&](const core::LogRecord& r) {
    if (r.level == core::LogLevel::kWarning) warnings.push_back(r.message);
  });
  const auto items = twelveClasses();
  const auto layout = layoutLegend(items, {0, 0, 40, 20}, LegendSpec{}, halfEm);
  core::setLogSink(previous);

  EXPECT_FALSE(layout.fits);
  EXPECT_EQ(layout.positions.size(), items.size());
  EXPECT_DOUBLE_EQ(layout.font_pt, 5.0);
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_NE(warnings[0].find("does not fit"), std::string::npos);
}

TEST(WrapText, BreaksAtSpacesWithinTheWidth) {
  const auto lines = wrapText("aa bb cc dd", 5.0 * 5, {10, false}, halfEm);  // 5 chars a line
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0], "aa bb");
  EXPECT_EQ(lines[1], "cc dd");
}

}  // namespace
}  // namespace geo::exhibit
