#include "app/render/map_view.h"

#include <gtest/gtest.h>

namespace app::render {
namespace {

TEST(MapView, ScreenAndMapCoordinatesAreInverse) {
  MapView view;
  view.resize(800, 600, 2.0);
  view.setCenter({692000, 4626000});
  view.setUnitsPerPixel(3.5);
  const ScreenPoint s{123.25, 456.5};
  const ScreenPoint back = view.toScreen(view.toMap(s));
  EXPECT_NEAR(back.x, s.x, 1e-9);
  EXPECT_NEAR(back.y, s.y, 1e-9);
  // y grows down on screen and up on the map.
  EXPECT_GT(view.toMap({400, 0}).y, view.toMap({400, 600}).y);
}

TEST(MapView, ZoomKeepsThePointUnderTheCursorFixed) {
  MapView view;
  view.resize(1000, 800, 1.0);
  view.setCenter({0, 0});
  view.setUnitsPerPixel(10);
  const ScreenPoint cursor{850, 120};
  const MapPoint before = view.toMap(cursor);
  view.zoomAt(cursor, 1.2);
  const MapPoint after = view.toMap(cursor);
  EXPECT_NEAR(after.x, before.x, 1e-6);
  EXPECT_NEAR(after.y, before.y, 1e-6);
  EXPECT_NEAR(view.unitsPerPixel(), 10 / 1.2, 1e-12);
}

TEST(MapView, FitShowsTheWholeBoxCentred) {
  MapView view;
  view.resize(1000, 500, 1.0);
  geo::core::Box box{100, 200, 300, 1200};  // tall box in a wide window
  view.fit(box, 0.0);
  const auto visible = view.visibleBox();
  EXPECT_LE(visible.min_x, 100);
  EXPECT_GE(visible.max_x, 300);
  EXPECT_NEAR(visible.min_y, 200, 1e-9);
  EXPECT_NEAR(visible.max_y, 1200, 1e-9);
  EXPECT_NEAR(view.center().x, 200, 1e-9);
}

TEST(MapView, PanMovesTheMapWithTheDrag) {
  MapView view;
  view.resize(100, 100, 1.0);
  view.setUnitsPerPixel(2);
  const MapPoint grabbed = view.toMap({10, 10});
  view.panByPixels(30, -20);
  const MapPoint now = view.toMap({40, -10});
  EXPECT_NEAR(now.x, grabbed.x, 1e-9);
  EXPECT_NEAR(now.y, grabbed.y, 1e-9);
}

}  // namespace
}  // namespace app::render
