# SPDX-License-Identifier: MIT
# Cross-outlet quote matching (paths relative to core/). Tokenizing runs through QtConcurrent.
target_link_libraries(crossread_core PUBLIC Qt6::Concurrent)
target_sources(crossread_core PRIVATE
  matching/wordfold.h matching/wordfold.cpp
  matching/matchtext.h matching/matchtext.cpp
  matching/alignment.h matching/alignment.cpp
  matching/speaker.h matching/speaker.cpp
  matching/statementcluster.h
  matching/quotematcher.h matching/quotematcher.cpp)
target_sources(crossread_core PRIVATE
  matching/clusterjob.h matching/clusterjob.cpp
  matching/clusteractions.h matching/clusteractions.cpp)
