# SPDX-License-Identifier: MIT
# Tests of the cue layer, the Suggestions dock and the lexicon editor.
list(APPEND CROSSREAD_WIDGET_TESTS test_cuewidgets.cpp test_lexicondialog.cpp)
