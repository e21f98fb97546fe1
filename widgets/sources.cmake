# Sources of crossread_widgets. Paths relative to widgets/.
target_sources(crossread_widgets PRIVATE)

# C2: document views, comparison area, main window
target_sources(crossread_widgets PRIVATE
  theme.cpp theme.h
  documentview.cpp documentview_paint.cpp documentview.h
  findbar.cpp findbar.h
  documentcolumn.cpp documentcolumn.h
  comparisonarea.cpp comparisonarea.h)
# end C2
