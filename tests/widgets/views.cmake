# Tests of the document views, comparison area and main window (included from tests/widgets/CMakeLists.txt).
add_library(crossread_viewtestsupport STATIC viewtestsupport.cpp viewtestsupport.h)
target_link_libraries(crossread_viewtestsupport PUBLIC crossread_widgets crossread_resources crossread_testsupport
                      GTest::gtest Qt6::Test)
crossread_add_test(test_view SOURCES test_view.cpp LIBS crossread_viewtestsupport)
crossread_add_test(test_comparison SOURCES test_comparison.cpp LIBS crossread_viewtestsupport)
crossread_add_test(test_mainwindow SOURCES test_mainwindow.cpp LIBS crossread_viewtestsupport)
crossread_add_test(test_workbench SOURCES test_workbench.cpp LIBS crossread_viewtestsupport)
