#pragma once

// MapView: where the map is looked at. Pure arithmetic, no GL.
// Screen coordinates are logical window pixels (origin top-left, y down), the
// same units GLFW gives for the cursor; `pixel_ratio` converts them to
// framebuffer pixels on HiDPI screens. Map coordinates are display-CRS units
// (y up). Picking and drawing both go through this one transform, so the
// feature under the cursor is the one drawn there at any window scale.

#include "geo/core/geometry.h"

namespace app::render {

using MapPoint = geo::core::Vec2;  // display CRS units

struct ScreenPoint {
  double x = 0.0;
  double y = 0.0;
};

class MapView {
 public:
  void resize(double width, double height, double pixel_ratio);
  // Centres `box` with a margin so all of it is visible.
  void fit(const geo::core::Box& box, double margin_fraction = 0.04);
  void panByPixels(double dx, double dy);
  // Multiplies the scale by `factor` (> 1 zooms in) keeping `anchor` fixed.
  void zoomAt(ScreenPoint anchor, double factor);

  MapPoint toMap(ScreenPoint p) const;
  ScreenPoint toScreen(MapPoint p) const;
  geo::core::Box visibleBox() const;

  MapPoint center() const { return center_; }
  double unitsPerPixel() const { return units_per_px_; }
  double width() const { return width_; }
  double height() const { return height_; }
  double pixelRatio() const { return pixel_ratio_; }
  void setCenter(MapPoint c) { center_ = c; }
  void setUnitsPerPixel(double u);

 private:
  MapPoint center_;
  double units_per_px_ = 1.0;  // display-CRS units per logical pixel
  double width_ = 1.0, height_ = 1.0, pixel_ratio_ = 1.0;
};

}  // namespace app::render
