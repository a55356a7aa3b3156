#version 330 core
flat in vec4 v_color;
out vec4 frag_color;

void main() {
  if (v_color.a <= 0.0) discard;
  frag_color = v_color;
}
