// SPDX-License-Identifier: MIT
// The subcommands of crossread-cli, one function each, grouped by file.
#pragma once

#include "cli.h"

namespace Crossread::Cli {

// storecommands.cpp
int cmdNew(Io& io);
int cmdInfo(Io& io);
int cmdCheck(Io& io);
int cmdAnnotate(Io& io);
int cmdAnnotations(Io& io);

// importcommands.cpp
int cmdImport(Io& io);
int cmdList(Io& io);
int cmdText(Io& io);

// clustercommands.cpp
int cmdClusters(Io& io);

// suggestcommands.cpp
int cmdSuggest(Io& io);

// exportcommands.cpp
int cmdExport(Io& io);
int cmdImportAnnotations(Io& io);

// searchcommands.cpp
int cmdSearch(Io& io);

// claimcommands.cpp, revisioncommands.cpp (issue #9)
int cmdClaims(Io& io);
int cmdClaimFromCluster(Io& io);
int cmdMatrix(Io& io);
int cmdTimeline(Io& io);
int cmdImportRevision(Io& io); // `import … --revision-of DOC FILE`, dispatched from cmdImport

} // namespace Crossread::Cli
