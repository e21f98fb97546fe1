// SPDX-License-Identifier: MIT
// The subcommands of crossread-cli, one function each, grouped by file.
#pragma once

#include "cli.h"

#include "store/projectstore.h"

#include <QCoreApplication>

namespace Crossread::Cli {

/// The subcommands' messages. lupdate files the tr() calls of free functions in this namespace
/// under "Crossread::Cli", so that is the context looked up (the strings marked with
/// QT_TRANSLATE_NOOP in these files name it too); one definition for every file, so that they
/// can share a unity-build unit.
inline QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Crossread::Cli", text, disambiguation, n);
}

/// Prints "crossread-cli: MESSAGE" and the translated usage line to io.err; returns Usage.
inline int usageError(Io& io, const QString& message, const char* usage)
{
    io.err << QStringLiteral("crossread-cli: ") << message << '\n' << tr(usage) << '\n';
    return Usage;
}

/// Opens an existing project, printing why not to io.err; a missing one is not created behind the
/// user's back (claimcommands.cpp).
bool openExistingProject(ProjectStore& store, const QString& path, ProjectStore::OpenMode mode, Io& io);

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
