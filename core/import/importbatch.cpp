// SPDX-License-Identifier: MIT
// The batch half of Importer: the only part that touches the store, so that prepare() and its
// tests link without it.
#include "importer.h"

#include "store/projectstore.h"

namespace Crossread {

QList<ImportResult> Importer::importFiles(ProjectStore& store, const QStringList& paths, const ImportOptions& options,
                                          const std::function<void(int, int, const QString&)>& progress,
                                          const std::atomic_bool* cancel)
{
    QList<ImportResult> results;
    const int total = int(paths.size());
    for (int i = 0; i < total; ++i) {
        ImportResult r;
        r.path = paths.at(i);
        if (cancel && cancel->load()) {
            r.status = ImportResult::Status::Cancelled;
            r.reason = tr("Import cancelled.");
            results.append(r);
            continue;
        }
        if (progress)
            progress(i, total, r.path);
        QString error;
        std::optional<PreparedDocument> prepared = prepare(r.path, options, &error);
        if (!prepared) {
            r.reason = error;
            results.append(r);
            continue;
        }
        r.warnings = prepared->warnings;
        if (const std::optional<DocumentId> existing = store.documentBySha256(prepared->document.sha256)) {
            r.status = ImportResult::Status::Duplicate;
            r.document = *existing;
            r.reason = tr("An identical file is already in the project.");
            results.append(r);
            continue;
        }
        // addDocument writes the document and its original bytes in one transaction: a failure
        // leaves nothing behind.
        r.document = store.addDocument(prepared->document, prepared->original);
        if (r.document == 0) {
            const QString message = store.lastError().message;
            r.reason = message.isEmpty() ? tr("The document could not be stored.")
                                         : tr("The document could not be stored: %1").arg(message);
        } else {
            r.status = ImportResult::Status::Imported;
        }
        results.append(r);
    }
    if (progress)
        progress(total, total, QString());
    return results;
}

} // namespace Crossread
