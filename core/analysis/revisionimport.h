// SPDX-License-Identifier: MIT
#pragma once

#include "import/importer.h"
#include "store/types.h"

#include <QCoreApplication>

namespace Crossread {

class ProjectStore;

/// Importing a newer version of a document already in the project.
class RevisionImport final
{
    Q_DECLARE_TR_FUNCTIONS(Crossread::RevisionImport)

public:
    /// The latest revision of the document a freshly prepared one is probably a newer version of:
    /// same non-empty URL (ignoring scheme, "www." and a trailing slash) and different bytes. 0 when none.
    static DocumentId candidateFor(const ProjectStore& store, const Document& prepared);
    /// Stores `prepared` as the next revision of `of` (ProjectStore::addRevision). Metadata the new
    /// file lacks (outlet, author, URL, language, date) is taken from the previous revision.
    static DocumentId addPrepared(ProjectStore& store, DocumentId of, const PreparedDocument& prepared,
                                  RevisionAudit* audit, QString* error);
    /// Reads `path` with Importer::prepare and calls addPrepared(). `error` is translated.
    static DocumentId importFile(ProjectStore& store, DocumentId of, const QString& path, RevisionAudit* audit,
                                 QString* error, const ImportOptions& options = {});
};

} // namespace Crossread
