# SPDX-License-Identifier: MIT
# Import figures: 1,000 text articles into a project, a 100-page PDF, a large saved web page.
crossread_add_bench(bench_import SOURCES import/bench_import.cpp LIBS crossread_core Qt6::Gui)
# HTML extraction against Mozilla Readability + jsdom on Node, on the fixture pages.
crossread_add_bench(bench_readability SOURCES import/bench_readability.cpp LIBS crossread_core)
target_compile_definitions(bench_readability PRIVATE CROSSREAD_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
                                                     CROSSREAD_TOOLS_DIR="${CROSSREAD_TOOLS_DIR}")
