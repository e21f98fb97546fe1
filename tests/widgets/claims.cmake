# SPDX-License-Identifier: MIT
# Tests of the claim, coverage, timeline and revision widgets (issue 9).
list(APPEND CROSSREAD_WIDGET_TESTS test_claimwidgets.cpp)
