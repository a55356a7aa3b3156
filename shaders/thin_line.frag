#version 330 core
// Outlines of at most about a pixel: native GL_LINES (one pixel wide, no
// geometry shader), with the requested width carried as opacity.
flat in uint v_feature;
uniform vec4 u_color;
uniform float u_width_px;
out vec4 frag_color;

void main() {
  frag_color = vec4(u_color.rgb, u_color.a * min(u_width_px, 1.0));
}
