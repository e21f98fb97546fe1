# SPDX-License-Identifier: MIT
# Full-text search figures (issue 7): p50/p95 of typical queries on 1,000 articles, and the
# import of those articles with and without the index.
crossread_add_bench(bench_search SOURCES search/bench_search.cpp LIBS crossread_core)
