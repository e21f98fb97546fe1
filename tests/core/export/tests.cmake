# SPDX-License-Identifier: MIT
# Tests of core/export (included from tests/core/CMakeLists.txt). Paths relative to tests/core/.
add_library(crossread_exporttestutil STATIC
  export/exportfixture.cpp export/exportfixture.h export/w3cvalidator.cpp export/w3cvalidator.h)
target_link_libraries(crossread_exporttestutil PUBLIC crossread_core crossread_testsupport GTest::gtest Qt6::Gui)
target_include_directories(crossread_exporttestutil PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/export)

crossread_add_test(test_export
  SOURCES export/test_csv.cpp export/test_webannotation.cpp export/test_import.cpp export/test_claimreview.cpp
          export/test_report.cpp export/test_exportfile.cpp
  LIBS crossread_exporttestutil crossread_core PkgConfig::POPPLER_QT6)
