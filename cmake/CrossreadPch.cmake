# SPDX-License-Identifier: MIT
# Precompiled headers: the Qt, standard-library and GoogleTest headers nearly every file of a
# layer includes. They took about half of each file's compile time (a test file: 4.6 s of
# 10.5 s, parsing headers alone), and CI builds the tree twice (gcc, then clang with sanitizers).
# Only third-party headers go in, so editing a project header never rebuilds a precompiled one.
# -DCROSSREAD_PCH=OFF builds without them (and shows a file that forgot an include).
# With unity builds (CrossreadBuildSpeed.cmake) the headers are parsed once per batch anyway, and
# each test header (37-44 s to build on 2 cores) served one to three units: a cold gcc Release
# build took 366 s without them against 462 s with them (quiet machine), so gcc builds them only
# without unity. The clang presets (asan, tsan) keep them (not yet measured there).
if(CROSSREAD_UNITY AND CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
  set(crossread_pch_default OFF)
else()
  set(crossread_pch_default ON)
endif()
option(CROSSREAD_PCH "Precompile the common Qt, STL and GoogleTest headers" ${crossread_pch_default})

set(CROSSREAD_PCH_CORE
  <algorithm> <functional> <memory> <optional> <vector>
  <QByteArray> <QCoreApplication> <QDateTime> <QFile> <QFileInfo> <QHash> <QJsonArray>
  <QJsonDocument> <QJsonObject> <QList> <QObject> <QRegularExpression> <QSet> <QString>
  <QStringList> <QUndoStack>)
set(CROSSREAD_PCH_WIDGETS
  <QAction> <QApplication> <QComboBox> <QDialog> <QDockWidget> <QHBoxLayout> <QHeaderView>
  <QLabel> <QLineEdit> <QMenu> <QPainter> <QPushButton> <QTreeView> <QVBoxLayout> <QWidget>)
set(CROSSREAD_PCH_TESTS
  <gtest/gtest.h> <QDir> <QSignalSpy> <QTemporaryDir> <QTest>)

# crossread_precompile(TARGET core|widgets|tests)
function(crossread_precompile target layer)
  if(NOT CROSSREAD_PCH)
    return()
  endif()
  set(headers ${CROSSREAD_PCH_CORE})
  if(layer STREQUAL "widgets" OR layer STREQUAL "tests")
    list(APPEND headers ${CROSSREAD_PCH_WIDGETS})
  endif()
  if(layer STREQUAL "tests")
    list(APPEND headers ${CROSSREAD_PCH_TESTS})
  endif()
  target_precompile_headers(${target} PRIVATE ${headers})
endfunction()
