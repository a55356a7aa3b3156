# Writes every file of SHADER_DIR into OUT as a C++ raw string constant
# (fill.vert -> kShader_fill_vert).
file(GLOB shaders ${SHADER_DIR}/*)
set(content "#pragma once\n// Generated from shaders/ at build time; do not edit.\n")
foreach(shader ${shaders})
  get_filename_component(name ${shader} NAME)
  string(REPLACE "." "_" symbol ${name})
  file(READ ${shader} text)
  string(APPEND content "inline constexpr const char* kShader_${symbol} = R\"GLSL(${text})GLSL\";\n")
endforeach()
file(WRITE ${OUT} "${content}")
