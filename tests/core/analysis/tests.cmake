# SPDX-License-Identifier: MIT
# Tests of claims, revisions and the cross-outlet analysis (issue #9). Paths relative to tests/core/.
crossread_add_test(test_analysis
  SOURCES store/test_claims.cpp
          analysis/test_reanchor.cpp analysis/test_revisions.cpp analysis/test_reanchor_corpus.cpp
          analysis/test_prominence.cpp analysis/test_matrix.cpp analysis/test_claims_corpus.cpp
          analysis/test_claims_cli.cpp
  LIBS crossread_storetestutil crossread_core Qt6::Test)
