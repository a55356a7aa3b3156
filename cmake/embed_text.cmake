# Writes every INPUT_DIR/GLOB file into OUT as a C++ raw string constant named
# PREFIX + file name with dots as underscores (fill.vert -> kShader_fill_vert).
file(GLOB inputs ${INPUT_DIR}/${GLOB})
list(SORT inputs)
set(content "#pragma once\n// Generated at build time; do not edit.\n")
foreach(input ${inputs})
  get_filename_component(name ${input} NAME)
  string(REPLACE "." "_" symbol ${name})
  file(READ ${input} text)
  string(APPEND content "inline constexpr const char* ${PREFIX}${symbol} = R\"EMBED(${text})EMBED\";\n")
endforeach()
file(WRITE ${OUT} "${content}")
