# SPDX-License-Identifier: MIT
# cmake -DBUILD_DIR=… -DPREFIX=… -DEXPECTED="a|b|…" -DVERSION=… -P checklayout.cmake
# Installs BUILD_DIR into PREFIX and fails unless exactly the EXPECTED files arrive (a stray
# header, static library or test executable would land in the package too) and both installed
# programs run and report VERSION.
file(REMOVE_RECURSE "${PREFIX}")
execute_process(COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${PREFIX}"
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "cmake --install failed (${rc}):\n${out}")
endif()

string(REPLACE "|" ";" expected "${EXPECTED}")
list(SORT expected)
file(GLOB_RECURSE found LIST_DIRECTORIES false RELATIVE "${PREFIX}" "${PREFIX}/*")
list(SORT found)
set(missing ${expected})
list(REMOVE_ITEM missing ${found})
set(extra ${found})
list(REMOVE_ITEM extra ${expected})
if(missing OR extra)
  list(JOIN missing "\n  " missing)
  list(JOIN extra "\n  " extra)
  message(FATAL_ERROR "installed files differ from the expected ones\nmissing:\n  ${missing}\nunexpected:\n  ${extra}")
endif()

foreach(program crossread crossread-cli)
  set(path ${expected})
  list(FILTER path INCLUDE REGEX "/${program}$")
  execute_process(COMMAND "${PREFIX}/${path}" --version
                  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err TIMEOUT 60)
  string(FIND "${out}" "${VERSION}" at)
  if(NOT rc EQUAL 0 OR at EQUAL -1)
    message(FATAL_ERROR "installed ${program} --version: exit ${rc}, printed '${out}${err}' (expected ${VERSION})")
  endif()
endforeach()
message(STATUS "installed ${PREFIX}: ${found}")
