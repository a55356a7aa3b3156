#include "app/render/map_view.h"

#include <algorithm>
#include <cmath>

namespace app::render {

void MapView::resize(double width, double height, double pixel_ratio) {
  width_ = std::max(width, 1.0);
  height_ = std::max(height, 1.0);
  pixel_ratio_ = pixel_ratio > 0 ? pixel_ratio : 1.0;
}

void MapView::setUnitsPerPixel(double u) {
  // Bounds keep the view usable: from about 1 mm to 100,000 km per pixel.
  if (std::isfinite(u)) units_per_px_ = std::clamp(u, 1e-3, 1e8);
}

void MapView::fit(const geo::core::Box& box, double margin_fraction) {
  if (box.empty()) return;
  center_ = box.center();
  const double w = std::max(box.width(), 1e-6) * (1 + 2 * margin_fraction);
  const double h = std::max(box.height(), 1e-6) * (1 + 2 * margin_fraction);
  setUnitsPerPixel(std::max(w / width_, h / height_));
}

void MapView::panByPixels(double dx, double dy) {
  center_.x -= dx * units_per_px_;
  center_.y += dy * units_per_px_;
}

void MapView::zoomAt(ScreenPoint anchor, double factor) {
  if (!(factor > 0)) return;
  const MapPoint before = toMap(anchor);
  setUnitsPerPixel(units_per_px_ / factor);
  const MapPoint after = toMap(anchor);
  center_.x += before.x - after.x;
  center_.y += before.y - after.y;
}

MapPoint MapView::toMap(ScreenPoint p) const {
  return {center_.x + (p.x - width_ / 2) * units_per_px_,
          center_.y - (p.y - height_ / 2) * units_per_px_};
}

ScreenPoint MapView::toScreen(MapPoint p) const {
  return {(p.x - center_.x) / units_per_px_ + width_ / 2,
          height_ / 2 - (p.y - center_.y) / units_per_px_};
}

geo::core::Box MapView::visibleBox() const {
  geo::core::Box box;
  box.expand(toMap({0, 0}));
  box.expand(toMap({width_, height_}));
  return box;
}

}  // namespace app::render
