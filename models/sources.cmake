# Sources of crossread_models. Paths relative to models/.
target_sources(crossread_models PRIVATE
  roles.h
  documentmodel.h documentmodel.cpp
  annotationmodel.h annotationmodel.cpp
  annotationfiltermodel.h annotationfiltermodel.cpp
  collatingsortproxy.h collatingsortproxy.cpp
  tagmodel.h tagmodel.cpp)
# cues
target_sources(crossread_models PRIVATE suggestionmodel.h suggestionmodel.cpp)
# matching
target_sources(crossread_models PRIVATE clustermodel.h clustermodel.cpp clustermodel_data.cpp)
# claims, coverage (issue 9)
target_sources(crossread_models PRIVATE coverageroles.h verdictcolor.h verdictcolor.cpp claimmodel.h claimmodel.cpp
               coveragematrixmodel.h coveragematrixmodel.cpp coverageheatmap.h coverageheatmap.cpp
               claimcolumnproxy.h claimcolumnproxy.cpp)
# full-text search (issue #7)
target_sources(crossread_models PRIVATE searchresultsmodel.h searchresultsmodel.cpp)
