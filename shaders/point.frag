#version 330 core
// A filled disc with a dark ring, antialiased over one pixel.
in vec2 v_corner;  // pixels from the symbol centre
flat in vec4 v_color;
flat in float v_size_px;  // diameter in framebuffer pixels
uniform vec4 u_ring_color;
uniform float u_ring_px;  // ring width in framebuffer pixels
out vec4 frag_color;

void main() {
  float r = length(v_corner);
  float radius = v_size_px * 0.5;
  float edge = clamp(radius - r + 0.5, 0.0, 1.0);
  if (edge <= 0.0) discard;
  float ring = clamp(r - (radius - u_ring_px) + 0.5, 0.0, 1.0);
  vec4 color = mix(v_color, u_ring_color, ring);
  frag_color = vec4(color.rgb, color.a * edge);
}
