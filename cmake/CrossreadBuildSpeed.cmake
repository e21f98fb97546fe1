# SPDX-License-Identifier: MIT
# How the tree builds fast on two cores without changing the code: unity (jumbo) builds, the mold
# linker and a compiler cache. Each can be switched off on its own (a unity build can hide a
# missing include or join two files' local names; -DCROSSREAD_UNITY=OFF shows them).

# Unity builds: a target's .cpp files are compiled a few at a time in one translation unit, so the
# Qt and standard headers (the bulk of every file's compile time, even with precompiled headers)
# are parsed once per batch. Batches of 8 keep an error message pointing at a file of its own
# (every source is #included with its real path, so diagnostics name it).
option(CROSSREAD_UNITY "Unity (jumbo) builds of the libraries and tests" ON)
set(CROSSREAD_UNITY_BATCH 8 CACHE STRING "Source files per unity translation unit")
if(CROSSREAD_UNITY)
  set(CMAKE_UNITY_BUILD ON)
  set(CMAKE_UNITY_BUILD_BATCH_SIZE ${CROSSREAD_UNITY_BATCH})
  # gcc warns when a class of one file holds a type from that file's anonymous namespace once the
  # file is #included by the unity source (it cannot tell it is the main file any more).
  if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    add_compile_options(-Wno-subobject-linkage)
  endif()
endif()

# mold links the test executables (each carrying the static core library) in a fraction of the
# time GNU ld takes; both gcc and clang accept -fuse-ld=mold.
option(CROSSREAD_MOLD "Link with mold when it is installed" ON)
if(CROSSREAD_MOLD)
  find_program(CROSSREAD_MOLD_PROGRAM mold)
  if(CROSSREAD_MOLD_PROGRAM)
    if(CMAKE_VERSION VERSION_GREATER_EQUAL 3.29)
      set(CMAKE_LINKER_TYPE MOLD)
    else()
      add_link_options(-fuse-ld=mold)
    endif()
  endif()
endif()

# ccache: scripts/env keeps the cache beside the sysroot (CCACHE_DIR) with base_dir set to the
# source tree's parent, so clean clones on one machine and build folders of one clone share
# it. The settings that let it cache precompiled headers are given here, so that they hold for
# a native build too (CMake passes the header with -include, which ccache needs for gcc, and
# -fno-pch-timestamp for clang).
option(CROSSREAD_CCACHE "Compile through ccache when it is installed" ON)
if(CROSSREAD_CCACHE AND NOT CMAKE_CXX_COMPILER_LAUNCHER)
  find_program(CROSSREAD_CCACHE_PROGRAM ccache)
  if(CROSSREAD_CCACHE_PROGRAM)
    set(CMAKE_CXX_COMPILER_LAUNCHER ${CMAKE_COMMAND} -E env
        CCACHE_SLOPPINESS=pch_defines,time_macros,include_file_mtime,include_file_ctime
        ${CROSSREAD_CCACHE_PROGRAM})
  endif()
endif()
