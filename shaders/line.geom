#version 330 core
// Widens each segment to a quad of constant pixel width, plus one pixel for a
// feathered, antialiased edge (no multisampling needed).
layout(lines) in;
layout(triangle_strip, max_vertices = 4) out;

uniform vec2 u_viewport;   // framebuffer size in pixels
uniform float u_width_px;  // full line width in framebuffer pixels

flat in uint v_feature[];
flat out uint g_feature;
noperspective out float g_across;  // signed distance from the centre line, pixels

void main() {
  vec2 a = gl_in[0].gl_Position.xy;
  vec2 b = gl_in[1].gl_Position.xy;
  vec2 d = (b - a) * u_viewport;
  float len = length(d);
  if (len < 1e-6) return;
  vec2 dir = d / len;
  float half_px = u_width_px * 0.5 + 1.0;
  vec2 to_ndc = 2.0 / u_viewport;
  vec2 normal = vec2(-dir.y, dir.x) * half_px * to_ndc;
  // Extend along the segment by half the width to close joints between segments.
  vec2 along = dir * (u_width_px * 0.5) * to_ndc;
  g_feature = v_feature[0];
  g_across = half_px;
  gl_Position = vec4(a - along + normal, 0.0, 1.0); EmitVertex();
  g_across = -half_px;
  gl_Position = vec4(a - along - normal, 0.0, 1.0); EmitVertex();
  g_across = half_px;
  gl_Position = vec4(b + along + normal, 0.0, 1.0); EmitVertex();
  g_across = -half_px;
  gl_Position = vec4(b + along - normal, 0.0, 1.0); EmitVertex();
  EndPrimitive();
}
