// SPDX-License-Identifier: MIT
// The batch half of Importer: the only part that touches the store, so that prepare() and its
// tests link without it.
#include "importer.h"

#include "store/projectstore.h"

#include <QFuture>
#include <QtConcurrent/QtConcurrentRun>

namespace Crossread {

namespace {

struct Prepared
{
    std::optional<PreparedDocument> document;
    QString error;
};

} // namespace

QList<ImportResult> Importer::importFiles(ProjectStore& store, const QStringList& paths, const ImportOptions& options,
                                          const std::function<void(int, int, const QString&)>& progress,
                                          const std::atomic_bool* cancel)
{
    // The next file is read and converted on another thread while this one is stored: prepare()
    // touches no store, and the store is written from this thread only, one file after another.
    const auto prepareLater = [&options](const QString& path) {
        return QtConcurrent::run([path, options] {
            Prepared p;
            p.document = prepare(path, options, &p.error);
            return p;
        });
    };
    QList<ImportResult> results;
    const int total = int(paths.size());
    QFuture<Prepared> next = total > 0 ? prepareLater(paths.first()) : QFuture<Prepared>();
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
        Prepared current = next.result();
        next = i + 1 < total ? prepareLater(paths.at(i + 1)) : QFuture<Prepared>();
        std::optional<PreparedDocument>& prepared = current.document;
        if (!prepared) {
            r.reason = current.error;
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
    next.waitForFinished(); // after a cancel, the file prepared ahead is dropped, not left running
    if (progress)
        progress(total, total, QString());
    return results;
}

} // namespace Crossread
