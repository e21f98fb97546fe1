target_sources(crossread_core PRIVATE
  cli/cli.cpp cli/cli.h cli/commands_p.h
  cli/importcommands.cpp cli/exportcommands.cpp cli/storecommands.cpp)
target_sources(crossread_core PRIVATE cli/clustercommands.cpp
  cli/suggestcommands.cpp)
target_sources(crossread_core PRIVATE cli/searchcommands.cpp) # full-text search (issue #7)
target_sources(crossread_core PRIVATE cli/claimcommands.cpp cli/revisioncommands.cpp) # issue #9
