# SPDX-License-Identifier: MIT
# The Search panel (issue #7).
list(APPEND CROSSREAD_WIDGET_TESTS test_searchdock.cpp)
