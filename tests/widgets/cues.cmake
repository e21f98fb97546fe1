# SPDX-License-Identifier: MIT
# Tests of the cue layer, the Suggestions dock and the lexicon editor. Paths relative to tests/widgets/.
crossread_add_test(test_cuewidgets SOURCES test_cuewidgets.cpp LIBS crossread_widgets)
crossread_add_test(test_lexicondialog
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_dockhelpers.h ${CMAKE_CURRENT_LIST_DIR}/test_lexicondialog.cpp
  LIBS crossread_widgets)
target_include_directories(test_lexicondialog PRIVATE ${CMAKE_CURRENT_LIST_DIR} ${CMAKE_CURRENT_LIST_DIR}/../models)
