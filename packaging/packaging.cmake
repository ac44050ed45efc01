# Installation layout and the Debian package (CPack): `cmake --install build --prefix /usr` or
# `cpack --config build/CPackConfig.cmake -G DEB` (see packaging/README.md). Included last from the
# top-level CMakeLists.txt, so every target exists.
include(GNUInstallDirs)

install(TARGETS verrijkt verrijkt_cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
# verrijkt-server installs itself (src/server/CMakeLists.txt).

set(_pkg ${CMAKE_CURRENT_LIST_DIR})
install(FILES ${_pkg}/nl.verrijkt.Verrijkt.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${_pkg}/nl.verrijkt.Verrijkt.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
install(FILES ${_pkg}/verrijkt-server.service DESTINATION lib/systemd/system)
install(FILES ${_pkg}/verrijkt.sysusers DESTINATION lib/sysusers.d RENAME verrijkt.conf)
install(FILES ${_pkg}/server.ini.example DESTINATION ${CMAKE_INSTALL_DATADIR}/verrijkt)
install(FILES ${PROJECT_SOURCE_DIR}/README.md ${PROJECT_SOURCE_DIR}/docs/server.md
              ${PROJECT_SOURCE_DIR}/docs/sync-protocol.md ${PROJECT_SOURCE_DIR}/docs/openapi.yaml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/verrijkt)

set(CPACK_PACKAGE_NAME verrijkt)
set(CPACK_PACKAGE_VENDOR "Verrijkt")
set(CPACK_PACKAGE_CONTACT "Verrijkt <beheer@verrijkt.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "Tijd voor Toekomst, brugfunctionarissen en Bibliotheek op school (Sociale Agenda Nij Begun)")
set(CPACK_PACKAGE_INSTALL_DIRECTORY verrijkt)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
# Linked libraries are found by dpkg-shlibdeps; the QML modules and SQL drivers are loaded at run
# time, so they are named here.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "libqt6sql6-sqlite, qml6-module-qtquick, qml6-module-qtquick-controls, qml6-module-qtquick-templates, qml6-module-qtquick-layouts, qml6-module-qtquick-window, qml6-module-qtqml, qml6-module-qtqml-models, qml6-module-qtqml-workerscript, qml6-module-qtcharts, adduser")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libqt6sql6-psql")
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA ${_pkg}/postinst)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
include(CPack)
