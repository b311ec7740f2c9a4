# Finds the third-party libraries. With NEWSMINE_PORTABLE=ON they are linked statically, so the
# binary needs only the C library at run time (`ldd build/newsmine`): re2, zstd and zlib from
# Debian's .a files, fmt and spdlog header-only, simdjson compiled from its source
# (NEWSMINE_SIMDJSON_SOURCE: simdjson.cpp of Debian's source package, which
# `scripts/install-deps.sh --portable` fetches; Debian ships no libsimdjson.a), libstdc++ and
# libgcc linked in.
# The default: ON for a Release build of newsmine itself (not under sanitizers) when
# simdjson's source is there, as `scripts/dev` and `scripts/install-deps.sh --portable` leave it.
file(GLOB found_simdjson ${PROJECT_SOURCE_DIR}/third_party/simdjson-*/singleheader/simdjson.cpp)
set(portable_default OFF)
if(found_simdjson AND PROJECT_IS_TOP_LEVEL AND CMAKE_BUILD_TYPE STREQUAL "Release"
   AND NOT NEWSMINE_SANITIZE)
  set(portable_default ON)
endif()
option(NEWSMINE_PORTABLE "Link third-party libraries statically (binary needs only libc)"
       ${portable_default})
set(NEWSMINE_SIMDJSON_SOURCE "" CACHE FILEPATH
    "simdjson.cpp (amalgamated) for NEWSMINE_PORTABLE; default: found under third_party/")
message(STATUS "newsmine: portable (static third-party libraries): ${NEWSMINE_PORTABLE}")

find_package(PkgConfig REQUIRED)
find_package(CLI11 REQUIRED)
find_package(fmt REQUIRED)
find_package(Threads REQUIRED)

set(NEWSMINE_SIMDJSON_BUNDLED OFF)
set(NEWSMINE_EXPORTED_HELPERS "")
if(NEWSMINE_PORTABLE)
  set(saved_suffixes ${CMAKE_FIND_LIBRARY_SUFFIXES})
  set(CMAKE_FIND_LIBRARY_SUFFIXES .a)
  find_package(ZLIB REQUIRED)
  find_package(LibLZMA REQUIRED)
  find_package(BZip2 REQUIRED)
  pkg_check_modules(RE2 REQUIRED IMPORTED_TARGET re2)
  pkg_check_modules(ZSTD REQUIRED IMPORTED_TARGET libzstd)
  set(CMAKE_FIND_LIBRARY_SUFFIXES ${saved_suffixes})
  set(NEWSMINE_FMT fmt::fmt-header-only)
  add_library(newsmine_spdlog INTERFACE)
  target_compile_definitions(newsmine_spdlog INTERFACE SPDLOG_FMT_EXTERNAL)
  target_link_libraries(newsmine_spdlog INTERFACE fmt::fmt-header-only Threads::Threads)
  set(NEWSMINE_SPDLOG newsmine_spdlog)
  if(NOT NEWSMINE_SIMDJSON_SOURCE AND found_simdjson)
    list(GET found_simdjson 0 found_simdjson)
    set(NEWSMINE_SIMDJSON_SOURCE ${found_simdjson})
  endif()
  if(NOT EXISTS "${NEWSMINE_SIMDJSON_SOURCE}")
    message(FATAL_ERROR "NEWSMINE_PORTABLE needs simdjson's source (Debian ships no static "
                        "libsimdjson): run `scripts/install-deps.sh --portable` or set "
                        "NEWSMINE_SIMDJSON_SOURCE to simdjson.cpp")
  endif()
  get_filename_component(simdjson_dir ${NEWSMINE_SIMDJSON_SOURCE} DIRECTORY)
  add_library(newsmine_simdjson STATIC ${NEWSMINE_SIMDJSON_SOURCE})
  target_include_directories(newsmine_simdjson SYSTEM PUBLIC $<BUILD_INTERFACE:${simdjson_dir}>)
  target_compile_options(newsmine_simdjson PRIVATE -w)
  set_target_properties(newsmine_simdjson PROPERTIES POSITION_INDEPENDENT_CODE ON)
  set(NEWSMINE_SIMDJSON newsmine_simdjson)
  set(NEWSMINE_SIMDJSON_BUNDLED ON)
  list(APPEND NEWSMINE_EXPORTED_HELPERS newsmine_simdjson)
else()
  find_package(ZLIB REQUIRED)
  find_package(LibLZMA REQUIRED)
  find_package(BZip2 REQUIRED)
  pkg_check_modules(RE2 REQUIRED IMPORTED_TARGET re2)
  pkg_check_modules(ZSTD REQUIRED IMPORTED_TARGET libzstd)
  find_package(spdlog REQUIRED)
  find_package(simdjson REQUIRED)
  set(NEWSMINE_FMT fmt::fmt)
  set(NEWSMINE_SPDLOG spdlog::spdlog)
  set(NEWSMINE_SIMDJSON simdjson::simdjson)
endif()

# For the pkg-config file (cmake/newsmine.pc.in).
set(NEWSMINE_PC_REQUIRES "re2 libzstd zlib liblzma fmt")
if(NEWSMINE_SIMDJSON_BUNDLED)
  set(NEWSMINE_PC_LIBS "-lnewsmine_simdjson -lbz2")
else()
  string(APPEND NEWSMINE_PC_REQUIRES " simdjson")
  set(NEWSMINE_PC_LIBS "-lbz2")
endif()
