# SPDX-License-Identifier: MIT
# View figures (issue 5): a 2 MB document with 10,000 annotations opened and painted, a scrolled
# repaint, adding/removing one annotation; naive ExtraSelections and setPlainText for scale.
crossread_add_bench(bench_documentview SOURCES widgets/bench_documentview.cpp LIBS crossread_widgets)
