# CPack: `cpack -G DEB` in the build folder makes newsmine_VERSION_ARCH.deb (the binary, man
# pages and completions; the library and headers stay for `cmake --install`). Its dependencies
# are read from the binary by dpkg-shlibdeps: with NEWSMINE_PORTABLE only libc6.
set(CPACK_PACKAGE_NAME newsmine)
set(CPACK_PACKAGE_VENDOR "newsmine")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "Mine news text: entities, dates, percentages, quotes and tariff events")
set(CPACK_PACKAGE_CONTACT "newsmine maintainers <newsmine@localhost>")
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION text)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_ALL runtime)
set(CPACK_DEBIAN_RUNTIME_PACKAGE_NAME newsmine)
set(CPACK_DEBIAN_RUNTIME_FILE_NAME DEB-DEFAULT)
set(CPACK_STRIP_FILES ON)
include(CPack)
