# SPDX-License-Identifier: MIT
# Tests of core/search (included from tests/core/CMakeLists.txt). Paths relative to tests/core/.
crossread_add_test(test_search
  SOURCES search/test_search.cpp search/test_search_migration.cpp search/test_ftsquery.cpp
          search/test_search_cli.cpp
  LIBS crossread_storetestutil crossread_core Qt6::Test)
