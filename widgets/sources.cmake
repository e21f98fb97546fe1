# Sources of crossread_widgets. Paths relative to widgets/.
target_sources(crossread_widgets PRIVATE)

# C1: docks, inspector, tag manager
target_sources(crossread_widgets PRIVATE
  tagswatch.h
  documentsdock.cpp documentsdock.h
  annotationsdock.cpp annotationsdock.h
  inspectordock.cpp inspectordock.h
  evidencelinkdialog.cpp evidencelinkdialog.h
  tagmanagerdialog.cpp tagmanagerdialog.h)
# end C1

# C2: document views, comparison area, main window
target_sources(crossread_widgets PRIVATE
  theme.cpp theme.h
  documentview.cpp documentview_paint.cpp documentview.h
  findbar.cpp findbar.h
  documentcolumn.cpp documentcolumn.h
  comparisonarea.cpp comparisonarea.h
  windowsettings.cpp windowsettings.h
  mainwindow.cpp mainwindow_actions.cpp mainwindow_import.cpp mainwindow.h)
# end C2

# claims, coverage, timeline, revisions (issue 9)
target_sources(crossread_widgets PRIVATE
  timelinewidget.cpp timelinewidget_paint.cpp timelinewidget.h timelinedock.cpp timelinedock.h
  coverageheatmapwidget.cpp coverageheatmapwidget.h coveragedock.cpp coveragedock.h
  claimpanel.cpp claimpanel.h mainwindow_claims.cpp
  revisiondiff.cpp revisiondiff.h revisionbar.cpp revisionbar.h revisioncomparedialog.cpp revisioncomparedialog.h)
# end issue 9
# full-text search (issue #7)
target_sources(crossread_widgets PRIVATE searchdock.cpp searchdock.h mainwindow_search.cpp)
