# SPDX-License-Identifier: MIT
# Tests of the docks, the inspector and the tag manager (widgets/, helper C1).
crossread_add_test(test_docks
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_dockhelpers.h
          ${CMAKE_CURRENT_LIST_DIR}/test_dockdocuments.cpp
          ${CMAKE_CURRENT_LIST_DIR}/test_dockannotations.cpp
          ${CMAKE_CURRENT_LIST_DIR}/test_inspectordock.cpp
          ${CMAKE_CURRENT_LIST_DIR}/test_tagmanagerdialog.cpp
  LIBS crossread_widgets)
# storefixture.h is shared with the model tests.
target_include_directories(test_docks PRIVATE ${CMAKE_CURRENT_LIST_DIR} ${CMAKE_CURRENT_LIST_DIR}/../models)
