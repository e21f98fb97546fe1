# SPDX-License-Identifier: MIT
# Tests of the document views, comparison area and main window.
add_library(crossread_viewtestsupport STATIC viewtestsupport.cpp viewtestsupport.h)
target_link_libraries(crossread_viewtestsupport PUBLIC crossread_widgets crossread_resources crossread_testsupport
                      GTest::gtest Qt6::Test)
list(APPEND CROSSREAD_WIDGET_TESTS test_view.cpp test_comparison.cpp test_mainwindow.cpp test_workbench.cpp test_layout.cpp)
