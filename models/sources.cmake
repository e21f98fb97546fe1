# Sources of crossread_models. Paths relative to models/.
target_sources(crossread_models PRIVATE
  roles.h
  documentmodel.h documentmodel.cpp
  annotationmodel.h annotationmodel.cpp
  annotationfiltermodel.h annotationfiltermodel.cpp
  tagmodel.h tagmodel.cpp)
# cues
target_sources(crossread_models PRIVATE suggestionmodel.h suggestionmodel.cpp)
# matching
target_sources(crossread_models PRIVATE clustermodel.h clustermodel.cpp clustermodel_data.cpp)
