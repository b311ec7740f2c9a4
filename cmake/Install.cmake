# Install rules: the binary, its man pages and shell completions (generated at build time from
# the same CLI definitions as --help), the library with its public headers, a CMake package
# (find_package(newsmine) gives newsmine::newsmine) and a pkg-config file.
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

# Man pages (one per subcommand) and completions, written by the built binary itself.
set(NEWSMINE_SUBCOMMANDS extract quotes tariffs stats tokens train-ner eval-ner)
set(docs_dir ${PROJECT_BINARY_DIR}/share)
set(docs_outputs ${docs_dir}/man/man1/newsmine.1)
set(docs_commands COMMAND newsmine --generate-man newsmine > ${docs_dir}/man/man1/newsmine.1)
foreach(sub IN LISTS NEWSMINE_SUBCOMMANDS)
  list(APPEND docs_outputs ${docs_dir}/man/man1/newsmine-${sub}.1)
  list(APPEND docs_commands COMMAND newsmine --generate-man ${sub} > ${docs_dir}/man/man1/newsmine-${sub}.1)
endforeach()
list(APPEND docs_outputs ${docs_dir}/bash-completion/completions/newsmine
     ${docs_dir}/zsh/vendor-completions/_newsmine ${docs_dir}/fish/vendor_completions.d/newsmine.fish)
add_custom_command(
  OUTPUT ${docs_outputs}
  COMMAND ${CMAKE_COMMAND} -E make_directory ${docs_dir}/man/man1 ${docs_dir}/bash-completion/completions
          ${docs_dir}/zsh/vendor-completions ${docs_dir}/fish/vendor_completions.d
  ${docs_commands}
  COMMAND newsmine --generate-completion bash > ${docs_dir}/bash-completion/completions/newsmine
  COMMAND newsmine --generate-completion zsh > ${docs_dir}/zsh/vendor-completions/_newsmine
  COMMAND newsmine --generate-completion fish > ${docs_dir}/fish/vendor_completions.d/newsmine.fish
  DEPENDS newsmine
  COMMENT "Man pages and shell completions from the command-line definitions"
  VERBATIM)
# Not in sanitizer builds, which install nothing and would run an instrumented binary here.
if(NEWSMINE_SANITIZE)
  add_custom_target(newsmine_docs DEPENDS ${docs_outputs})
else()
  add_custom_target(newsmine_docs ALL DEPENDS ${docs_outputs})
endif()

# Component runtime (the .deb of cmake/Packaging.cmake), development (library, headers, CMake
# and pkg-config files); `cmake --install` installs both.
install(TARGETS newsmine RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT runtime)
install(DIRECTORY ${docs_dir}/man/man1 DESTINATION ${CMAKE_INSTALL_MANDIR} COMPONENT runtime)
install(DIRECTORY ${docs_dir}/bash-completion ${docs_dir}/zsh ${docs_dir}/fish
        DESTINATION ${CMAKE_INSTALL_DATADIR} COMPONENT runtime)

# The library, its headers and a CMake package for find_package(newsmine).
install(TARGETS newsmine_core ${NEWSMINE_EXPORTED_HELPERS} EXPORT newsmineTargets
        ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR} COMPONENT development
        INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(DIRECTORY ${PROJECT_SOURCE_DIR}/include/newsmine ${PROJECT_BINARY_DIR}/generated/include/newsmine
        DESTINATION ${CMAKE_INSTALL_INCLUDEDIR} COMPONENT development FILES_MATCHING PATTERN "*.hpp")
set(NEWSMINE_CMAKE_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/newsmine)
install(EXPORT newsmineTargets NAMESPACE newsmine:: DESTINATION ${NEWSMINE_CMAKE_DIR}
        COMPONENT development)
configure_package_config_file(${PROJECT_SOURCE_DIR}/cmake/newsmineConfig.cmake.in
                              ${PROJECT_BINARY_DIR}/newsmineConfig.cmake
                              INSTALL_DESTINATION ${NEWSMINE_CMAKE_DIR})
write_basic_package_version_file(${PROJECT_BINARY_DIR}/newsmineConfigVersion.cmake
                                 COMPATIBILITY SameMinorVersion)
install(FILES ${PROJECT_BINARY_DIR}/newsmineConfig.cmake ${PROJECT_BINARY_DIR}/newsmineConfigVersion.cmake
        DESTINATION ${NEWSMINE_CMAKE_DIR} COMPONENT development)

# pkg-config: `pkg-config --static --cflags --libs newsmine`; the prefix is found relative to
# the .pc file, so `cmake --install --prefix P` anywhere gives a working file.
file(RELATIVE_PATH NEWSMINE_PC_UP /prefix/${CMAKE_INSTALL_LIBDIR}/pkgconfig /prefix)
configure_file(${PROJECT_SOURCE_DIR}/cmake/newsmine.pc.in ${PROJECT_BINARY_DIR}/newsmine.pc @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/newsmine.pc DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig
        COMPONENT development)
