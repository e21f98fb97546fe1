# SPDX-License-Identifier: MIT
# Tests of core/cues (included from tests/core/CMakeLists.txt). Paths relative to tests/core/.
crossread_add_test(test_cues
  SOURCES cues/test_cuescanner.cpp cues/test_suggestions.cpp cues/test_suggestcli.cpp cues/goldeval.cpp cues/goldeval.h
  LIBS crossread_core KF6::SyntaxHighlighting)
target_include_directories(test_cues PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/cues)
