#include "app/render/gl_objects.h"

#include <vector>

namespace app::render {

void deleteBuffer(GLuint name) { glDeleteBuffers(1, &name); }
void deleteVertexArray(GLuint name) { glDeleteVertexArrays(1, &name); }
void deleteTexture(GLuint name) { glDeleteTextures(1, &name); }
void deleteProgram(GLuint name) { glDeleteProgram(name); }
void deleteFramebuffer(GLuint name) { glDeleteFramebuffers(1, &name); }
void deleteRenderbuffer(GLuint name) { glDeleteRenderbuffers(1, &name); }

Buffer makeBuffer(GLenum target, const void* data, std::size_t bytes, GLenum usage) {
  GLuint name = 0;
  glGenBuffers(1, &name);
  glBindBuffer(target, name);
  glBufferData(target, static_cast<GLsizeiptr>(bytes), data, usage);
  return Buffer(name);
}

VertexArray makeVertexArray() {
  GLuint name = 0;
  glGenVertexArrays(1, &name);
  return VertexArray(name);
}

namespace {

std::string shaderLog(GLuint shader) {
  GLint length = 0;
  glGetShaderiv(shader, GL_INFO_LOG_LENGTH, &length);
  std::string log(static_cast<std::size_t>(length > 0 ? length : 1), '\0');
  glGetShaderInfoLog(shader, length, nullptr, log.data());
  return log;
}

geo::core::Result<GLuint> compile(const char* program, GLenum stage, const char* source) {
  GLuint shader = glCreateShader(stage);
  glShaderSource(shader, 1, &source, nullptr);
  glCompileShader(shader);
  GLint ok = 0;
  glGetShaderiv(shader, GL_COMPILE_STATUS, &ok);
  if (ok) return shader;
  std::string log = shaderLog(shader);
  glDeleteShader(shader);
  return geo::core::fail(geo::core::ErrorCode::kUnsupported,
                         std::string("shader ") + program + " failed to compile: " + log);
}

}  // namespace

geo::core::Result<Program> linkProgram(const char* name,
                                       const char* vertex,
                                       const char* geometry,
                                       const char* fragment) {
  std::vector<GLuint> shaders;
  auto add = [&](GLenum stage, const char* source) -> geo::core::Result<void> {
    if (!source) return {};
    auto shader = compile(name, stage, source);
    if (!shader) return std::unexpected(shader.error());
    shaders.push_back(*shader);
    return {};
  };
  Program program(glCreateProgram());
  for (auto [stage, source] : {std::pair{GL_VERTEX_SHADER, vertex},
                               {GL_GEOMETRY_SHADER, geometry},
                               {GL_FRAGMENT_SHADER, fragment}}) {
    if (auto ok = add(stage, source); !ok) {
      for (GLuint s : shaders) glDeleteShader(s);
      return std::unexpected(ok.error());
    }
  }
  for (GLuint s : shaders) glAttachShader(program.get(), s);
  glLinkProgram(program.get());
  for (GLuint s : shaders) glDeleteShader(s);

  GLint ok = 0;
  glGetProgramiv(program.get(), GL_LINK_STATUS, &ok);
  if (ok) return program;
  char log[2048] = {};
  glGetProgramInfoLog(program.get(), sizeof log, nullptr, log);
  return geo::core::fail(geo::core::ErrorCode::kUnsupported,
                         std::string("shader program ") + name + " failed to link: " + log);
}

void TexelTable::upload(const void* texels, std::size_t count, GLenum format) {
  // A texture buffer of zero texels is not allowed; keep one zero texel.
  static const std::uint32_t kZero = 0;
  if (count == 0) {
    texels = &kZero;
    count = 1;
  }
  if (!buffer || count != size) {
    buffer = makeBuffer(GL_TEXTURE_BUFFER, texels, count * 4, GL_DYNAMIC_DRAW);
    GLuint name = 0;
    glGenTextures(1, &name);
    texture.reset(name);
    glBindTexture(GL_TEXTURE_BUFFER, texture.get());
    glTexBuffer(GL_TEXTURE_BUFFER, format, buffer.get());
    size = count;
    return;
  }
  glBindBuffer(GL_TEXTURE_BUFFER, buffer.get());
  glBufferSubData(GL_TEXTURE_BUFFER, 0, static_cast<GLsizeiptr>(count * 4), texels);
}

}  // namespace app::render
