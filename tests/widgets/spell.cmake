# SPDX-License-Identifier: MIT
# The spell-checked editor, the settings and document-properties dialogs.
list(APPEND CROSSREAD_WIDGET_TESTS test_spelltextedit.cpp test_settingsdialogs.cpp)
