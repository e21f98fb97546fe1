# SPDX-License-Identifier: MIT
# Tests of cross-outlet quote matching (paths relative to tests/core/).
crossread_add_test(test_matching
  SOURCES matching/corpusfixture.h matching/test_corpusclusters.cpp matching/test_matchtext.cpp
          matching/test_clusterjob.cpp
  LIBS crossread_core)
target_include_directories(test_matching PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/matching)
