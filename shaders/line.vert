#version 330 core
// Outlines: GL_LINES over the same vertices as the fills; the geometry shader
// widens each segment to a quad of constant pixel width.
layout(location = 0) in vec2 a_position;
layout(location = 1) in uint a_feature;

uniform vec2 u_scale;
uniform vec2 u_translate;

flat out uint v_feature;

void main() {
  gl_Position = vec4(a_position * u_scale + u_translate, 0.0, 1.0);
  v_feature = a_feature;
}
