# Sources of crossread_widgets. Paths relative to widgets/.
target_sources(crossread_widgets PRIVATE)
