# SPDX-License-Identifier: MIT
# Quote matching figures (issue 6): 1,000 articles derived from the corpus clustered in < 2 s on
# two cores; peak memory reported.
crossread_add_bench(bench_matching SOURCES matching/bench_matching.cpp LIBS crossread_core)
