# SPDX-License-Identifier: MIT
# Tests of the Clusters panel (widgets/clustersdock*).
list(APPEND CROSSREAD_WIDGET_TESTS test_clustersdock.cpp)
