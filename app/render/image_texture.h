#pragma once

// A 2D RGBA8 texture holding a picture for ImGui::Image (the exhibit
// preview). GL context thread only; the texture is freed with the object.

#include <cstdint>

#include "app/render/gl_objects.h"

namespace app::render {

class ImageTexture {
 public:
  // Replaces the picture: `rgba` holds width * height * 4 bytes, top row first.
  void upload(int width, int height, const std::uint8_t* rgba);

  GLuint id() const { return texture_.get(); }
  int width() const { return width_; }
  int height() const { return height_; }

 private:
  Texture texture_;
  int width_ = 0, height_ = 0;
};

}  // namespace app::render
