# Compiles data files (models, word lists) into the core library.
#
# Every file named in data/EMBED (one path a line, relative to data/) becomes a byte array
# reachable through newsmine::embedded_data("<path>") (include/newsmine/embedded.hpp). The bytes
# are pulled in by the assembler's .incbin, so the binary needs no files at run time.
file(STRINGS ${PROJECT_SOURCE_DIR}/data/EMBED embed_lines REGEX "^[^#]")
set(embed_decls "")
set(embed_entries "")
set(embed_files "")
set(index 0)
foreach(name IN LISTS embed_lines)
  string(STRIP "${name}" name)
  if(name STREQUAL "")
    continue()
  endif()
  set(path ${PROJECT_SOURCE_DIR}/data/${name})
  if(NOT EXISTS ${path})
    message(FATAL_ERROR "data/EMBED names data/${name}, which does not exist")
  endif()
  string(APPEND embed_decls
    "asm(\".section .rodata\\n.balign 16\\nnewsmine_embed_${index}:\\n.incbin \\\"${path}\\\"\\n"
    "newsmine_embed_${index}_end:\\n.byte 0\\n.previous\\n\");\n"
    "extern \"C\" const char newsmine_embed_${index}[];\n"
    "extern \"C\" const char newsmine_embed_${index}_end[];\n")
  string(APPEND embed_entries
    "    {\"${name}\", {newsmine_embed_${index}, static_cast<std::size_t>(newsmine_embed_${index}_end - newsmine_embed_${index})}},\n")
  list(APPEND embed_files ${path})
  math(EXPR index "${index} + 1")
endforeach()
set(embed_source ${PROJECT_BINARY_DIR}/generated/embedded_table.cpp)
configure_file(${PROJECT_SOURCE_DIR}/cmake/embedded_table.cpp.in ${embed_source} @ONLY)
target_sources(newsmine_core PRIVATE ${embed_source})
# -fno-lto: the labels live in top-level asm, which link-time partitioning would separate from
# the references to them (undefined newsmine_embed_N under CMAKE_INTERPROCEDURAL_OPTIMIZATION).
set_source_files_properties(${embed_source} PROPERTIES OBJECT_DEPENDS "${embed_files}"
                                                       COMPILE_OPTIONS -fno-lto)
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/data/EMBED)
