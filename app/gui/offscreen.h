#pragma once

// Offscreen drawing: a framebuffer (optionally multisampled) the size of the output image,
// resolved and read back as RGBA rows (top row first), and PNG writing.
// GL thread only.

#include <cstdint>
#include <string>
#include <vector>

#include "app/render/gl_objects.h"
#include "geo/core/error.h"

namespace app::gui {

class OffscreenTarget {
 public:
  // Antialiasing is done in the shaders, so one sample matches the window.
  static geo::core::Result<OffscreenTarget> create(int width, int height, int samples = 1);
  void bind() const;                     // draw into the multisampled buffer
  std::vector<std::uint8_t> read() const;  // resolve and read back, top row first
  int width() const { return width_; }
  int height() const { return height_; }

 private:
  int width_ = 0, height_ = 0;
  render::Framebuffer msaa_fbo_, resolve_fbo_;
  render::Renderbuffer msaa_color_, resolve_color_;
};

// Reads the currently bound read framebuffer (e.g. the window), top row first.
std::vector<std::uint8_t> readPixels(int x, int y, int width, int height);

geo::core::Result<void> writePng(const std::string& path,
                                 int width,
                                 int height,
                                 const std::vector<std::uint8_t>& rgba);

}  // namespace app::gui
