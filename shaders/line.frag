#version 330 core
flat in uint g_feature;
noperspective in float g_across;
uniform vec4 u_color;
uniform float u_width_px;
out vec4 frag_color;

void main() {
  // Full coverage inside the line, fading to zero over half a pixel each side;
  // lines thinner than a pixel keep their width as reduced opacity.
  float half_width = max(u_width_px, 1.0) * 0.5;
  float coverage = clamp(half_width + 0.5 - abs(g_across), 0.0, 1.0) * min(u_width_px, 1.0);
  if (coverage <= 0.0) discard;
  frag_color = vec4(u_color.rgb, u_color.a * coverage);
}
