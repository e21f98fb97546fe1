# SPDX-License-Identifier: MIT
# Runs the built workbench as `scripts/run` does (crossread --demo --screenshot FILE) under one UI
# language, offscreen, with a home of its own so that neither the user's settings nor the user's
# demo project are touched. Called by CTest (tests/app/CMakeLists.txt):
#   cmake -DCROSSREAD=EXE -DHOME_DIR=DIR -DLANGS=de_DE.UTF-8,en_US.UTF-8 [-DFRESH=ON] -P screenshot.cmake
# Each language of LANGS runs in turn on the same home: the first builds the demo project in its
# language, the next ones open that project in theirs.
foreach(var CROSSREAD HOME_DIR LANGS)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "screenshot.cmake needs -D${var}=…")
  endif()
endforeach()
string(REPLACE "," ";" LANGS "${LANGS}")
if(FRESH)
  file(REMOVE_RECURSE "${HOME_DIR}")
endif()
file(MAKE_DIRECTORY "${HOME_DIR}")

set(ENV{HOME} "${HOME_DIR}")
set(ENV{XDG_DATA_HOME} "${HOME_DIR}/data")
set(ENV{XDG_CONFIG_HOME} "${HOME_DIR}/config")
set(ENV{XDG_CACHE_HOME} "${HOME_DIR}/cache")
set(ENV{XDG_RUNTIME_DIR} "${HOME_DIR}/runtime")
file(MAKE_DIRECTORY "${HOME_DIR}/runtime")
file(CHMOD "${HOME_DIR}/runtime" DIRECTORY_PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE)
set(ENV{QT_QPA_PLATFORM} offscreen)
unset(ENV{LC_ALL})
unset(ENV{LC_MESSAGES})
unset(ENV{LANGUAGE})

foreach(lang IN LISTS LANGS)
  set(ENV{LANG} "${lang}")
  set(shot "${HOME_DIR}/screenshot-${lang}.png")
  file(REMOVE "${shot}")
  execute_process(COMMAND "${CROSSREAD}" --demo --screenshot "${shot}"
                  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err TIMEOUT 120)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "LANG=${lang}: crossread --demo --screenshot exited with ${rc}\n${out}${err}")
  endif()
  if(NOT EXISTS "${shot}")
    message(FATAL_ERROR "LANG=${lang}: exit 0, but no screenshot was written\n${out}${err}")
  endif()
  file(READ "${shot}" signature LIMIT 8 HEX)
  file(SIZE "${shot}" size)
  if(NOT signature STREQUAL "89504e470d0a1a0a" OR size LESS 20000)
    message(FATAL_ERROR "LANG=${lang}: ${shot} is not a picture of the window (${size} bytes, starts ${signature})")
  endif()
  message(STATUS "LANG=${lang}: ${shot}, ${size} bytes")
endforeach()
