# SPDX-License-Identifier: MIT
# Tests of the Clusters panel (widgets/clustersdock*).
crossread_add_test(test_clustersdock
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_dockhelpers.h ${CMAKE_CURRENT_LIST_DIR}/test_clustersdock.cpp
  LIBS crossread_widgets)
target_include_directories(test_clustersdock PRIVATE ${CMAKE_CURRENT_LIST_DIR} ${CMAKE_CURRENT_LIST_DIR}/../models)
