// SPDX-License-Identifier: MIT
// Shared by claimcommands.cpp and revisioncommands.cpp.
#pragma once

#include "commands_p.h"

#include "store/projectstore.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace Crossread::Cli {

QString claimTr(const char* text);
/// Opens an existing project, printing why not to io.err.
bool openClaimProject(ProjectStore& store, const QString& path, ProjectStore::OpenMode mode, Io& io);

} // namespace Crossread::Cli
