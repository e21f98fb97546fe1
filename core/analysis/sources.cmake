# Sources of the cross-outlet analysis (core/analysis): claims, prominence, framing, matrix, timeline, revisions.
target_sources(crossread_core PRIVATE
  analysis/prominence.cpp analysis/prominence.h
  analysis/framing.cpp analysis/framing.h
  analysis/coveragematrix.cpp analysis/coveragematrix.h
  analysis/timeline.cpp analysis/timeline.h
  analysis/reanchor.cpp analysis/reanchor.h
  analysis/claimbuilder.cpp analysis/claimbuilder.h
  analysis/revisionimport.cpp analysis/revisionimport.h)
