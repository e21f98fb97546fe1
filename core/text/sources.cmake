target_sources(crossread_core PRIVATE
  text/offsets.cpp text/offsets.h
  text/annotationindex.cpp text/annotationindex.h)
