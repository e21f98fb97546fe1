# SPDX-License-Identifier: MIT
# The Search panel (issue #7; included from tests/widgets/CMakeLists.txt).
crossread_add_test(test_searchdock SOURCES test_searchdock.cpp LIBS crossread_viewtestsupport)
