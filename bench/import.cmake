# SPDX-License-Identifier: MIT
# Import figures: 1,000 text articles into a project, a 100-page PDF, a large saved web page.
crossread_add_bench(bench_import SOURCES import/bench_import.cpp LIBS crossread_core Qt6::Gui)
