#version 330 core
flat in uint g_feature;
uniform vec4 u_color;
out vec4 frag_color;

void main() {
  frag_color = u_color;
}
