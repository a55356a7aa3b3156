#include "app/gui/offscreen.h"

#include <stb_image_write.h>

#include <algorithm>
#include <cstring>

namespace app::gui {
namespace {

render::Renderbuffer makeColorBuffer(int width, int height, int samples) {
  GLuint name = 0;
  glGenRenderbuffers(1, &name);
  glBindRenderbuffer(GL_RENDERBUFFER, name);
  if (samples > 1)
    glRenderbufferStorageMultisample(GL_RENDERBUFFER, samples, GL_RGBA8, width, height);
  else
    glRenderbufferStorage(GL_RENDERBUFFER, GL_RGBA8, width, height);
  return render::Renderbuffer(name);
}

render::Framebuffer makeFramebuffer(const render::Renderbuffer& color) {
  GLuint name = 0;
  glGenFramebuffers(1, &name);
  glBindFramebuffer(GL_FRAMEBUFFER, name);
  glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER, color.get());
  return render::Framebuffer(name);
}

}  // namespace

geo::core::Result<OffscreenTarget> OffscreenTarget::create(int width, int height, int samples) {
  GLint max_size = 0;
  glGetIntegerv(GL_MAX_RENDERBUFFER_SIZE, &max_size);
  if (width <= 0 || height <= 0 || width > max_size || height > max_size)
    return geo::core::fail(geo::core::ErrorCode::kUnsupported,
                           "image size " + std::to_string(width) + "x" + std::to_string(height) +
                               " is outside 1.." + std::to_string(max_size) + " pixels");
  OffscreenTarget t;
  t.width_ = width;
  t.height_ = height;
  t.msaa_color_ = makeColorBuffer(width, height, samples);
  t.msaa_fbo_ = makeFramebuffer(t.msaa_color_);
  t.resolve_color_ = makeColorBuffer(width, height, 1);
  t.resolve_fbo_ = makeFramebuffer(t.resolve_color_);
  if (glCheckFramebufferStatus(GL_FRAMEBUFFER) != GL_FRAMEBUFFER_COMPLETE)
    return geo::core::fail(geo::core::ErrorCode::kUnsupported, "offscreen framebuffer incomplete");
  return t;
}

void OffscreenTarget::bind() const { glBindFramebuffer(GL_FRAMEBUFFER, msaa_fbo_.get()); }

std::vector<std::uint8_t> OffscreenTarget::read() const {
  glBindFramebuffer(GL_READ_FRAMEBUFFER, msaa_fbo_.get());
  glBindFramebuffer(GL_DRAW_FRAMEBUFFER, resolve_fbo_.get());
  glBlitFramebuffer(0, 0, width_, height_, 0, 0, width_, height_, GL_COLOR_BUFFER_BIT, GL_NEAREST);
  glBindFramebuffer(GL_READ_FRAMEBUFFER, resolve_fbo_.get());
  auto pixels = readPixels(0, 0, width_, height_);
  glBindFramebuffer(GL_FRAMEBUFFER, 0);
  return pixels;
}

std::vector<std::uint8_t> readPixels(int x, int y, int width, int height) {
  std::vector<std::uint8_t> pixels(std::size_t(width) * height * 4);
  glPixelStorei(GL_PACK_ALIGNMENT, 1);
  glReadPixels(x, y, width, height, GL_RGBA, GL_UNSIGNED_BYTE, pixels.data());
  // GL rows start at the bottom; images start at the top.
  const std::size_t stride = std::size_t(width) * 4;
  std::vector<std::uint8_t> row(stride);
  for (int r = 0; r < height / 2; ++r) {
    auto* a = pixels.data() + std::size_t(r) * stride;
    auto* b = pixels.data() + std::size_t(height - 1 - r) * stride;
    std::memcpy(row.data(), a, stride);
    std::memcpy(a, b, stride);
    std::memcpy(b, row.data(), stride);
  }
  for (std::size_t i = 3; i < pixels.size(); i += 4) pixels[i] = 255;  // opaque output
  return pixels;
}

geo::core::Result<void> writePng(const std::string& path,
                                 int width,
                                 int height,
                                 const std::vector<std::uint8_t>& rgba) {
  if (!stbi_write_png(path.c_str(), width, height, 4, rgba.data(), width * 4))
    return geo::core::fail(geo::core::Error{.code = geo::core::ErrorCode::kIo,
                                            .message = "cannot write the PNG file",
                                            .file = path,
                                            .hint = "check that the folder exists and is writable"});
  return {};
}

}  // namespace app::gui
