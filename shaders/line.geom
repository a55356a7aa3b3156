#version 330 core
layout(lines) in;
layout(triangle_strip, max_vertices = 4) out;

uniform vec2 u_viewport;   // framebuffer size in pixels
uniform float u_width_px;  // full line width in framebuffer pixels

flat in uint v_feature[];
flat out uint g_feature;

void main() {
  vec2 a = gl_in[0].gl_Position.xy;
  vec2 b = gl_in[1].gl_Position.xy;
  vec2 d = (b - a) * u_viewport;
  float len = length(d);
  if (len < 1e-6) return;
  vec2 dir = d / len;
  // Half width, plus a half pixel of overlap along the segment to close joints.
  vec2 normal = vec2(-dir.y, dir.x) * (u_width_px * 0.5) / u_viewport * 2.0;
  vec2 along = dir * (u_width_px * 0.5) / u_viewport * 2.0;
  g_feature = v_feature[0];
  gl_Position = vec4(a - along + normal, 0.0, 1.0); EmitVertex();
  gl_Position = vec4(a - along - normal, 0.0, 1.0); EmitVertex();
  gl_Position = vec4(b + along + normal, 0.0, 1.0); EmitVertex();
  gl_Position = vec4(b + along - normal, 0.0, 1.0); EmitVertex();
  EndPrimitive();
}
