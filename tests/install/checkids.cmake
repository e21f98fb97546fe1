# SPDX-License-Identifier: MIT
# cmake -DSOURCE_DIR=resources/desktop -DID=io.github.… -DVERSION=… -P checkids.cmake
# The desktop file, icon, AppStream metainfo and MIME package name one another; a rename or a new
# version that misses one of them breaks the menu entry, the icon or double-clicking a project.
set(problems "")
macro(expect what actual wanted)
  if(NOT "${actual}" STREQUAL "${wanted}")
    string(APPEND problems "\n  ${what}: '${actual}', expected '${wanted}'")
  endif()
endmacro()
# The first capture group of REGEX in TEXT, or "" when it does not match.
function(capture out regex text)
  set(${out} "" PARENT_SCOPE)
  if(text MATCHES "${regex}")
    set(${out} "${CMAKE_MATCH_1}" PARENT_SCOPE)
  endif()
endfunction()

foreach(file ${ID}.desktop ${ID}.svg ${ID}.metainfo.xml ${ID}.mime.xml)
  if(NOT EXISTS "${SOURCE_DIR}/${file}")
    string(APPEND problems "\n  missing ${SOURCE_DIR}/${file}")
  endif()
endforeach()
file(READ "${SOURCE_DIR}/${ID}.desktop" desktop)
file(READ "${SOURCE_DIR}/${ID}.metainfo.xml" metainfo)
file(READ "${SOURCE_DIR}/${ID}.mime.xml" mime)

capture(type "<mime-type type=\"([^\"]+)\"" "${mime}")
expect("MIME type" "${type}" "application/x-crossread-project")
capture(glob "<glob pattern=\"([^\"]+)\"" "${mime}")
expect("MIME glob" "${glob}" "*.crossread")

capture(icon "\nIcon=([^\n]*)" "${desktop}")
expect("desktop Icon" "${icon}" "${ID}")
capture(exec "\nExec=([^\n]*)" "${desktop}")
expect("desktop Exec (a double-clicked project arrives as the one positional argument)" "${exec}" "crossread %f")
capture(types "\nMimeType=([^\n]*)" "${desktop}")
expect("desktop MimeType" "${types}" "${type};")

capture(cid "<id>([^<]+)</id>" "${metainfo}")
expect("metainfo id" "${cid}" "${ID}")
capture(launchable "<launchable type=\"desktop-id\">([^<]+)</launchable>" "${metainfo}")
expect("metainfo launchable" "${launchable}" "${ID}.desktop")
capture(mediatype "<mediatype>([^<]+)</mediatype>" "${metainfo}")
expect("metainfo mediatype" "${mediatype}" "${type}")
# Releases are listed newest first; the newest must be the version being built.
capture(release "<release version=\"([^\"]+)\"" "${metainfo}")
expect("metainfo newest release (add a <release> for a new version)" "${release}" "${VERSION}")

if(problems)
  message(FATAL_ERROR "desktop integration files disagree:${problems}")
endif()
