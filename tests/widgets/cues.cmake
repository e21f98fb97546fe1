# SPDX-License-Identifier: MIT
# Tests of the cue layer and the Suggestions dock. Paths relative to tests/widgets/.
crossread_add_test(test_cuewidgets SOURCES test_cuewidgets.cpp LIBS crossread_widgets)
