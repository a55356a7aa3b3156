#version 330 core
// Point symbols: one instance per point, a quad sized in pixels around it.
layout(location = 0) in vec2 a_corner;    // (-1,-1) .. (1,1)
layout(location = 1) in vec2 a_position;  // per instance, relative to the layer origin
layout(location = 2) in uint a_feature;   // per instance

uniform vec2 u_scale;
uniform vec2 u_translate;
uniform vec2 u_viewport;   // framebuffer pixels
uniform float u_size_px;   // symbol diameter in framebuffer pixels
uniform samplerBuffer u_colors;
uniform bool u_sized;            // graduated symbols: the diameter comes from u_sizes
uniform samplerBuffer u_sizes;   // per feature, logical pixels
uniform float u_pixel_ratio;     // framebuffer pixels per logical pixel
uniform float u_grow_px;         // added to every diameter (selection halo), framebuffer pixels

out vec2 v_corner;
flat out vec4 v_color;
flat out float v_size_px;  // diameter in framebuffer pixels

void main() {
  float size = (u_sized ? texelFetch(u_sizes, int(a_feature)).r * u_pixel_ratio : u_size_px) +
               u_grow_px;
  vec2 center = a_position * u_scale + u_translate;
  vec2 offset = a_corner * (size * 0.5 + 1.0) / u_viewport * 2.0;
  gl_Position = vec4(center + offset, 0.0, 1.0);
  v_corner = a_corner * (size * 0.5 + 1.0);
  v_color = texelFetch(u_colors, int(a_feature));
  v_size_px = size;
}
