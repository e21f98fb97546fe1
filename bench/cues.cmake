# SPDX-License-Identifier: MIT
# bench_cues: suggestion quality (precision/recall/F1 per kind on tests/data/gold) and speed.
crossread_add_bench(bench_cues
  SOURCES cues/bench_cues.cpp ${CMAKE_SOURCE_DIR}/tests/core/cues/goldeval.cpp
  LIBS crossread_core)
target_include_directories(bench_cues PRIVATE ${CMAKE_SOURCE_DIR}/tests/core/cues)
target_compile_definitions(bench_cues PRIVATE CROSSREAD_SOURCE_DIR_DEFAULT="${CMAKE_SOURCE_DIR}")
