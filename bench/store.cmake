# SPDX-License-Identifier: MIT
# Store figures (issue 3): bulk insert vs a bare sqlite3 loop, one interactive edit, opening a
# large project, loading one document's annotations.
#
# Built from the store's own sources rather than crossread_core, so that the figures need only
# the store (and are not blocked by unrelated parts of core while they are in progress).
file(GLOB CROSSREAD_STORE_BENCH_SOURCES
  ${CMAKE_SOURCE_DIR}/core/store/*.cpp ${CMAKE_SOURCE_DIR}/core/store/*.h)
add_library(crossread_store_only STATIC ${CROSSREAD_STORE_BENCH_SOURCES}
  ${CMAKE_SOURCE_DIR}/core/text/offsets.cpp ${CMAKE_SOURCE_DIR}/core/text/offsets.h)
target_include_directories(crossread_store_only PUBLIC ${CMAKE_SOURCE_DIR}/core)
target_link_libraries(crossread_store_only PUBLIC Qt6::Core Qt6::Gui PkgConfig::SQLITE3)

crossread_add_bench(bench_store SOURCES store/bench_store.cpp LIBS crossread_store_only PkgConfig::SQLITE3)
