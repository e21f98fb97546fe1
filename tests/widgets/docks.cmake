# SPDX-License-Identifier: MIT
# Tests of the docks, the inspector and the tag manager.
list(APPEND CROSSREAD_WIDGET_TESTS test_dockdocuments.cpp test_dockannotations.cpp test_inspectordock.cpp
     test_tagmanagerdialog.cpp)
