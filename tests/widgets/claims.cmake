# SPDX-License-Identifier: MIT
# Tests of the claim, coverage, timeline and revision widgets (issue 9).
crossread_add_test(test_claimwidgets
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_dockhelpers.h ${CMAKE_CURRENT_LIST_DIR}/test_claimwidgets.cpp
  LIBS crossread_viewtestsupport)
target_include_directories(test_claimwidgets PRIVATE ${CMAKE_CURRENT_LIST_DIR})
