# SPDX-License-Identifier: MIT
# Tests of the project store (core/store). Paths relative to tests/core/.
add_library(crossread_storetestutil STATIC store/storetestutil.cpp store/storetestutil.h)
target_link_libraries(crossread_storetestutil PUBLIC crossread_core PkgConfig::SQLITE3 GTest::gtest Qt6::Test)
target_include_directories(crossread_storetestutil PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/store)

crossread_add_test(test_store
  SOURCES store/test_store.cpp store/test_store_undo.cpp store/test_store_anchoring.cpp store/test_store_cli.cpp
          store/test_store_languages.cpp
  LIBS crossread_storetestutil crossread_core Qt6::Test)

# A child process for the lock and crash tests.
add_executable(crossread_store_helper store/storehelper.cpp)
target_link_libraries(crossread_store_helper PRIVATE crossread_core)

crossread_add_test(test_store_open
  SOURCES store/test_store_open.cpp store/test_store_failures.cpp store/test_store_crash.cpp
  LIBS crossread_storetestutil crossread_core Qt6::Test)
add_dependencies(test_store_open crossread_store_helper)
target_compile_definitions(test_store_open PRIVATE
  CROSSREAD_STORE_HELPER="$<TARGET_FILE:crossread_store_helper>"
  CROSSREAD_STORE_DATA="${CMAKE_SOURCE_DIR}/tests/data/store")
