# Installing AuthDesk as a desktop application (`cmake --install`, `cpack -G DEB`): the binary (see
# app/CMakeLists.txt), its .desktop file, its icon, its AppStream metainfo and its documentation, in
# the places the freedesktop.org specifications name, under CMAKE_INSTALL_PREFIX.
include(GNUInstallDirs)

# One application ID everywhere: the .desktop file's and the icon's names, the metainfo's <id>, and
# QGuiApplication::setDesktopFileName() (app/consolecommand.cpp), by which Wayland finds them.
set(AUTHDESK_APP_ID org.authdesk.AuthDesk)
target_compile_definitions(authdesk PRIVATE AUTHDESK_APP_ID="${AUTHDESK_APP_ID}")
# The metainfo's release: PROJECT_VERSION, dated by the commit it is built from (YYYY-MM-DD), or by
# SOURCE_DATE_EPOCH / today outside a git checkout (a source tarball). -DAUTHDESK_RELEASE_DATE=... sets it.
if(NOT AUTHDESK_RELEASE_DATE)
    find_package(Git QUIET)
    if(GIT_FOUND)
        execute_process(COMMAND "${GIT_EXECUTABLE}" -C "${PROJECT_SOURCE_DIR}" log -1 --format=%cs
            OUTPUT_VARIABLE authdesk_commit_date OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET
            RESULT_VARIABLE authdesk_git_status)
    endif()
    if(GIT_FOUND AND authdesk_git_status EQUAL 0 AND authdesk_commit_date MATCHES "^[0-9]+-[0-9]+-[0-9]+$")
        set(AUTHDESK_RELEASE_DATE "${authdesk_commit_date}")
    else()
        string(TIMESTAMP AUTHDESK_RELEASE_DATE "%Y-%m-%d" UTC)
    endif()
endif()
set(authdesk_desktop_dir "${PROJECT_SOURCE_DIR}/resources/desktop")
configure_file("${authdesk_desktop_dir}/${AUTHDESK_APP_ID}.metainfo.xml.in"
    "${PROJECT_BINARY_DIR}/${AUTHDESK_APP_ID}.metainfo.xml" @ONLY)

install(FILES "${authdesk_desktop_dir}/${AUTHDESK_APP_ID}.desktop"
    DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
install(FILES "${authdesk_desktop_dir}/${AUTHDESK_APP_ID}.svg"
    DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps")
install(FILES "${PROJECT_BINARY_DIR}/${AUTHDESK_APP_ID}.metainfo.xml"
    DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")
# Help > Documentation opens <prefix>/share/doc/authdesk/README.md (ui/mainwindow.cpp).
install(FILES "${PROJECT_SOURCE_DIR}/README.md" DESTINATION "${CMAKE_INSTALL_DATADIR}/doc/authdesk")
install(DIRECTORY "${PROJECT_SOURCE_DIR}/docs/" DESTINATION "${CMAKE_INSTALL_DATADIR}/doc/authdesk/docs"
    FILES_MATCHING PATTERN "*.md" PATTERN "*.png")

# `cpack -G DEB` in the build directory: authdesk_<version>_amd64.deb for Debian 12. The dependencies
# are the Debian packages of the shared libraries the binary links (objdump -p's NEEDED, then
# dpkg -S), plus those of the Qt plugins it loads at run time: the SQLite and PostgreSQL drivers and
# the SVG icon engine (the xcb platform plugin comes with libqt6gui6).
set(CPACK_PACKAGE_NAME authdesk)
set(CPACK_PACKAGE_VENDOR "AuthDesk")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_CONTACT "AuthDesk maintainers <authdesk@localhost>")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "libqt6core6 (>= 6.4.2), libqt6gui6 (>= 6.4.2), libqt6widgets6 (>= 6.4.2), libqt6network6 (>= 6.4.2), \
libqt6sql6 (>= 6.4.2), libqt6httpserver6 (>= 6.4.2), libqt6keychain1, libsodium23, libssl3, libpq5, \
libstdc++6, libgcc-s1, libc6, libqt6sql6-sqlite, libqt6sql6-psql, libqt6svg6")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager")
include(CPack)
