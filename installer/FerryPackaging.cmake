# CPack: the Debian package (`cpack -G DEB`) and the source tarball (`cpack --config
# CPackSourceConfig.cmake`), run from a configured and built build directory; installer/README.md
# has the commands. Both are made only from `cmake --install` output and the source tree.

set(CPACK_PACKAGE_NAME ferry)
set(CPACK_PACKAGE_VENDOR "The Ferry developers")
# ferrydm.net is the project's placeholder domain (docs/install.md).
set(CPACK_PACKAGE_CONTACT "The Ferry developers <dev@ferrydm.net>")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "download and upload manager with the job model of Windows BITS")
# The long description, wrapped for the Debian control file (CPack indents each line).
string(JOIN "\n" CPACK_PACKAGE_DESCRIPTION
    "Ferry moves files over HTTP and HTTPS in the background. Every transfer is a"
    "job that can be suspended, resumed, prioritised and completed, following the"
    "job model of Windows BITS. Jobs survive restarts and crashes, interrupted"
    "downloads resume without corrupting files, transient failures are retried,"
    "and large files are fetched over several connections."
    "."
    "ferryctl, a bitsadmin for Linux, drives every job from the command line."
    "The browser extension for Chromium and Firefox (in /usr/share/ferry/browser)"
    "hands the downloads a browser starts over to Ferry.")
set(CPACK_STRIP_FILES ON)
# Install with DESTDIR and the real prefix (/usr): the browser host manifests are written at
# install time naming ${CMAKE_INSTALL_PREFIX}/bin/ferry-browser-host and go to /etc/chromium/…,
# /etc/opt/chrome/… and /usr/lib/mozilla/…, which is right only when the prefix seen by
# `cmake --install` is the package's own.
set(CPACK_SET_DESTDIR ON)
set(CPACK_INSTALL_PREFIX /usr)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)

# --- Debian package: ferry_<version>_<arch>.deb ---------------------------------------------------
set(CPACK_GENERATOR DEB)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")
# Library dependencies are computed by dpkg-shlibdeps from the binaries (needs dpkg-dev and file).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Qt plugins that Ferry loads at run time are invisible to dpkg-shlibdeps: the SQLite driver (the
# job database) and the SVG icon engine (every icon is SVG), which is in libqt6svg6 up to Qt 6.5
# (Debian 12) and in qt6-svg-plugins from Qt 6.6 on (Debian 13). The X11 platform plugin comes with
# libqt6gui6, which shlibdeps finds; Wayland's and Qt's own translations are recommended.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-svg-plugins | libqt6svg6 (<< 6.5)")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "bash-completion")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

# --- Source tarball: ferry-<version>.tar.gz --------------------------------------------------------
set(CPACK_SOURCE_GENERATOR TGZ)
set(CPACK_SOURCE_PACKAGE_FILE_NAME "ferry-${PROJECT_VERSION}")
# Regular expressions on absolute paths, anchored at the source directory so that the path the
# clone lives under can never exclude everything: git metadata (a directory in a clone, a file in
# a worktree), build directories (build/, build-*/), CPack's scratch space and built packages.
# CPack writes them into CPackSourceConfig.cmake, which would take backslashes as CMake escapes:
# literal characters are written as bracket expressions ("[.]") instead.
string(REGEX REPLACE "([.+*?()$|])" "[\\1]" source_re "${PROJECT_SOURCE_DIR}")
set(CPACK_SOURCE_IGNORE_FILES
    "^${source_re}/[.]git(/|$)"
    "^${source_re}/build[^/]*/"
    "^${source_re}/_CPack_Packages/"
    "^${source_re}/[^/]*[.](deb|tar[.]gz)$"
    "~$")

include(CPack)
