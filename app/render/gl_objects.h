#pragma once

// RAII owners for the few OpenGL objects the map renderer uses, and a shader
// program wrapper. All calls must happen on the thread that owns the GL context.
// Compilation and link failures are returned as errors carrying the driver log.

#include <cstdint>
#include <string>
#include <utility>

#include "app/render/gl.h"
#include "geo/core/error.h"

namespace app::render {

// Owns one GL name and deletes it with `Deleter` when destroyed. Movable only.
template <void (*Deleter)(GLuint)>
class GlName {
 public:
  GlName() = default;
  explicit GlName(GLuint name) : name_(name) {}
  GlName(GlName&& other) noexcept : name_(std::exchange(other.name_, 0)) {}
  GlName& operator=(GlName&& other) noexcept {
    if (this != &other) reset(std::exchange(other.name_, 0));
    return *this;
  }
  GlName(const GlName&) = delete;
  GlName& operator=(const GlName&) = delete;
  ~GlName() { reset(0); }

  GLuint get() const { return name_; }
  explicit operator bool() const { return name_ != 0; }
  void reset(GLuint name) {
    if (name_) Deleter(name_);
    name_ = name;
  }

 private:
  GLuint name_ = 0;
};

void deleteBuffer(GLuint name);
void deleteVertexArray(GLuint name);
void deleteTexture(GLuint name);
void deleteProgram(GLuint name);
void deleteFramebuffer(GLuint name);
void deleteRenderbuffer(GLuint name);

using Buffer = GlName<deleteBuffer>;
using VertexArray = GlName<deleteVertexArray>;
using Texture = GlName<deleteTexture>;
using Program = GlName<deleteProgram>;
using Framebuffer = GlName<deleteFramebuffer>;
using Renderbuffer = GlName<deleteRenderbuffer>;

Buffer makeBuffer(GLenum target, const void* data, std::size_t bytes, GLenum usage);
VertexArray makeVertexArray();

// Compiles and links; `geometry` may be null.
geo::core::Result<Program> linkProgram(const char* name,
                                       const char* vertex,
                                       const char* geometry,
                                       const char* fragment);

// A texture buffer (samplerBuffer in GLSL) of one 4-byte texel per feature.
struct TexelTable {
  Buffer buffer;
  Texture texture;
  std::size_t size = 0;

  // `format` is GL_RGBA8 or GL_R32F; `texels` holds count * 4 bytes.
  void upload(const void* texels, std::size_t count, GLenum format);
};

// RGBA8 texels: one colour per feature.
// `opaque`: every colour has alpha 255 or 0 (the fill shader discards alpha 0),
// so fills can be drawn without blending, which software renderers pay per pixel.
struct ColorTable : TexelTable {
  bool opaque = true;
  void upload(const std::uint32_t* rgba, std::size_t count) {
    TexelTable::upload(rgba, count, GL_RGBA8);
    opaque = true;
    for (std::size_t i = 0; i < count && opaque; ++i) {
      const std::uint32_t alpha = rgba[i] >> 24;
      opaque = alpha == 0xff || alpha == 0;
    }
  }
};

// R32F texels: one symbol diameter (logical pixels) per feature.
struct SizeTable : TexelTable {
  void upload(const float* sizes, std::size_t count) { TexelTable::upload(sizes, count, GL_R32F); }
};

}  // namespace app::render
