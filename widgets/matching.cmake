# SPDX-License-Identifier: MIT
# Cross-outlet quote matching: the Clusters panel (paths relative to widgets/).
target_sources(crossread_widgets PRIVATE clustersdock.h clustersdock.cpp clustersdock_actions.cpp)
