# SPDX-License-Identifier: MIT
# Import tests (paths relative to tests/core). test_import needs no store; test_importbatch does.
crossread_add_test(test_import
  SOURCES import/importtestutil.h import/test_encoding.cpp import/test_badinput.cpp import/test_corpus.cpp
          import/test_text.cpp import/test_html.cpp import/test_formats.cpp
          import/htmlfixtures.h import/test_htmlgolden.cpp import/test_readability.cpp
  LIBS crossread_core)
crossread_add_test(test_importbatch
  SOURCES import/importtestutil.h import/clirun.h import/test_importbatch.cpp import/test_importaudit.cpp
  LIBS crossread_core)
