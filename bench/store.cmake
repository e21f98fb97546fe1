# SPDX-License-Identifier: MIT
# Store figures (issue 3): bulk insert vs a bare sqlite3 loop, one interactive edit, opening a
# large project, loading one document's annotations.
crossread_add_bench(bench_store SOURCES store/bench_store.cpp LIBS crossread_core PkgConfig::SQLITE3)
