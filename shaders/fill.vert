#version 330 core
// Filled polygons: positions are relative to the layer origin (map units); the
// colour of each feature comes from a texture buffer indexed by feature id, so
// restyling never touches the geometry.
layout(location = 0) in vec2 a_position;
layout(location = 1) in uint a_feature;

uniform vec2 u_scale;      // map units -> NDC
uniform vec2 u_translate;  // (layer origin - view centre) in NDC
uniform samplerBuffer u_colors;
uniform float u_opacity;

flat out vec4 v_color;

void main() {
  gl_Position = vec4(a_position * u_scale + u_translate, 0.0, 1.0);
  vec4 color = texelFetch(u_colors, int(a_feature));
  v_color = vec4(color.rgb, color.a * u_opacity);
}
