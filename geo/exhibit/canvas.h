#pragma once

// Canvas: the small drawing surface exhibits are painted on, the only place
// that talks to Cairo. Coordinates are page points (1/72 inch) with y down
// from the top-left corner of the page, whatever the output: vector pages are
// sized in points, raster pages scale points to pixels by `px_per_pt`.
//
// Text uses the "DejaVu Sans" face (Debian fonts-dejavu-core) through Cairo's
// toy font API; PDF and SVG output embed the subset of glyphs used. Text is
// UTF-8.
//
// Failures: creation and finish() return an Error carrying Cairo's status text
// (unwritable file, out of memory). Drawing calls never fail; after a Cairo
// error they do nothing and finish() reports it. One canvas per thread; movable,
// not copyable.

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "geo/carto/color.h"
#include "geo/core/error.h"
#include "geo/core/geometry.h"

namespace geo::exhibit {

// Straight (not premultiplied) 8-bit RGBA, rows top first, 4 bytes per pixel.
struct RgbaImage {
  int width = 0;
  int height = 0;
  std::vector<std::uint8_t> pixels;

  carto::Rgba at(int x, int y) const;  // (0,0) is the top-left pixel
};

// Decodes a PNG file (any PNG Cairo reads) into straight RGBA; used to check
// written exhibits. Fails with ErrorCode::kIo naming the file.
core::Result<RgbaImage> readPngImage(const std::string& path);

struct TextStyle {
  double size_pt = 9.0;
  bool bold = false;
};

class Canvas {
 public:
  static core::Result<Canvas> pdf(const std::string& path, double width_pt, double height_pt);
  static core::Result<Canvas> svg(const std::string& path, double width_pt, double height_pt);
  // A white raster page of width_px x height_px.
  static core::Result<Canvas> image(int width_px, int height_px, double px_per_pt);
  // A 1x1 raster canvas for measuring text only.
  static Canvas measuring();

  Canvas(Canvas&&) noexcept;
  Canvas& operator=(Canvas&&) noexcept;
  ~Canvas();

  void save();
  void restore();
  void translate(core::Vec2 offset);
  void rotate(double radians);  // clockwise on the page
  void clipRect(const core::Box& box);

  void setColor(carto::Rgba color, double opacity = 1.0);
  void newPath();
  void moveTo(core::Vec2 p);
  void lineTo(core::Vec2 p);
  void closePath();
  void rect(const core::Box& box);
  void circle(core::Vec2 centre, double radius);
  void fill(bool keep_path = false);  // even-odd rule
  void stroke(double width_pt, bool keep_path = false);

  // Draws text with its baseline starting at `baseline_left`.
  void text(core::Vec2 baseline_left, std::string_view utf8, TextStyle style);
  double textWidth(std::string_view utf8, TextStyle style) const;
  double ascent(TextStyle style) const;  // above the baseline, points

  // Completes a vector file. Call once, after drawing.
  core::Result<void> finish();
  // The raster page (image canvases only).
  core::Result<RgbaImage> toRgba() const;
  core::Result<std::vector<std::uint8_t>> toPng() const;  // PNG bytes without a pHYs chunk

  struct Impl;  // the Cairo surface and context; opaque outside canvas.cpp

 private:
  explicit Canvas(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace geo::exhibit
