# SPDX-License-Identifier: MIT
# CPack: a Debian package of what `cmake --install` lays out (scripts/package builds it from a
# Release tree of its own and tests it in a clean Debian 13 root).
include(GNUInstallDirs)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME crossread)
set(CPACK_PACKAGE_VENDOR "The Crossread developers")
set(CPACK_PACKAGE_CONTACT "The Crossread developers <crossread@users.noreply.github.com>")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "document-annotation and fact-checking workbench")
# The control file's extended description (CPack indents it and turns the empty line into " .").
set(CPACK_PACKAGE_DESCRIPTION [=[
Crossread is a desktop workbench for fact-checkers, editors and students who
read several articles about one event side by side. Highlight a passage and
tag it as a claim, an attribution or unverified, write notes and verdicts, name
who said what, and see how each outlet renders the same quote. Everything lives
in one local SQLite project file (*.crossread).

This package holds the workbench (crossread) and its command line
(crossread-cli).]=])
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # crossread_VERSION-RELEASE_ARCH.deb
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")
set(CPACK_DEBIAN_PACKAGE_SECTION text)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://github.com/crossread/crossread")
# The libraries the executables link come from dpkg-shlibdeps. Qt's xcb and offscreen platform
# plugins ship in libqt6gui6 itself (Debian 13), so the linked libraries are all a start needs;
# scripts/package --test installs without recommended packages to keep it so.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Spell checking of notes finds the Hunspell dictionaries installed on the system.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "hunspell-en-us | hunspell-dictionary")

include(CPack)
