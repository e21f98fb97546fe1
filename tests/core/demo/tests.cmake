# Tests of core/demo (included from tests/core/CMakeLists.txt). Paths relative to tests/core/.
crossread_add_test(test_demoproject SOURCES demo/test_demoproject.cpp LIBS crossread_core crossread_resources crossread_translations)
