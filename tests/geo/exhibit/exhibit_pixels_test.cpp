#include <gtest/gtest.h>

#include <cmath>
#include <optional>
#include <set>

#include "geo/exhibit/exhibit.h"
#include "tests/geo/exhibit/exhibit_test_support.h"

namespace geo::exhibit {
namespace {

using testing::bundledDocument;
using testing::deepInteriorPoint;

TEST(ExhibitPixels, TractInteriorsInThePngHaveTheirClassColourAt300Dpi) {
  map::MapDocument doc = bundledDocument();
  for (std::size_t i = 1; i < doc.layers.size(); ++i) doc.layers[i].spec.visible = false;
  ExhibitTemplate t;
  t.page.dpi = 300;
  const auto path = testing::scratchDir("pixels") / "tracts.png";
  auto written = writeExhibit(doc, t, OutputFormat::kPng, path.string());
  ASSERT_TRUE(written.has_value()) << written.error().toString();
  auto image = readPngImage(path.string());
  ASSERT_TRUE(image.has_value()) << image.error().toString();
  auto prepared = prepareExhibit(doc, t);
  ASSERT_TRUE(prepared.has_value());
  const MapFrame& frame = prepared->layout.frame;

  const map::MapLayer& tracts = doc.layers[0];
  const auto colors = tracts.featureColors();
  const double margin = 8.0 / frame.points_per_unit;  // 8 pt in display units
  const double px_per_pt = t.page.dpi / 72.0;
  int checked = 0;
  std::set<std::uint32_t> distinct;
  for (std::size_t r = 0; r < tracts.display.size() && checked < 40; ++r) {
    const auto& g = tracts.display.geometries[r];
    if (!g.bounds().intersects(frame.extent)) continue;
    auto p = deepInteriorPoint(g, margin);
    if (!p || !frame.extent.contains(*p)) continue;
    const core::Vec2 page = frame.toPage(*p);
    if (!frame.page_box.contains(page)) continue;
    // Skip the corners holding the scale bar and north arrow.
    if (page.x < frame.page_box.min_x + 200 && page.y > frame.page_box.max_y - 60) continue;
    if (page.x > frame.page_box.max_x - 50 && page.y < frame.page_box.min_y + 50) continue;
    const carto::Rgba got = image->at(int(page.x * px_per_pt), int(page.y * px_per_pt));
    EXPECT_EQ(got, colors[r]) << "tract row " << r << " at page " << page.x << "," << page.y;
    distinct.insert(std::uint32_t(colors[r].r) << 16 | colors[r].g << 8 | colors[r].b);
    ++checked;
  }
  EXPECT_GE(checked, 20);
  EXPECT_GE(distinct.size(), 3u);  // several classes were checked, not one
}

TEST(ExhibitPixels, PreviewBufferMatchesThePngPixelForPixelAtTheSameSize) {
  ExhibitTemplate t;
  t.page.dpi = 50;
  const auto path = testing::scratchDir("preview") / "small.png";
  ASSERT_TRUE(writeExhibit(bundledDocument(), t, OutputFormat::kPng, path.string()));
  auto png = readPngImage(path.string());
  const auto [w, h] = pngSize(t.page);
  auto preview = renderExhibit(bundledDocument(), t, w, h);
  ASSERT_TRUE(png.has_value());
  ASSERT_TRUE(preview.has_value());
  EXPECT_EQ(png->width, preview->width);
  EXPECT_TRUE(png->pixels == preview->pixels);
}

TEST(ExhibitPixels, PreviewFitsThePageIntoTheRequestedSize) {
  ExhibitTemplate t;
  auto image = renderExhibit(bundledDocument(), t, 396, 400);
  ASSERT_TRUE(image.has_value());
  EXPECT_EQ(image->width, 396);
  EXPECT_EQ(image->height, 400);
  // The page is 396 x 306 at half scale: below it the buffer is white.
  EXPECT_EQ(image->at(200, 390), (carto::Rgba{255, 255, 255, 255}));
  EXPECT_FALSE(renderExhibit(bundledDocument(), t, 0, 10).has_value());
}

}  // namespace
}  // namespace geo::exhibit
