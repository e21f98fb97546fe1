// SPDX-License-Identifier: MIT
// ProjectStore::addRevision: a newer version of a document, with its annotations re-anchored.
#include "projectstore_p.h"

#include "analysis/reanchor.h"
#include "claimrows_p.h"
#include "storecommands_claims_p.h"
#include "text/offsets.h"

#include <QCryptographicHash>

namespace Crossread {

DocumentId ProjectStore::addRevision(DocumentId of, const Document& doc, const QByteArray& original,
                                     RevisionAudit* audit)
{
    if (!d->checkWritable())
        return 0;
    const DocumentId previous = latestRevision(of);
    if (!previous)
        return d->invalid(tr("There is no document %1.").arg(of)), 0;
    Document row = doc;
    row.id = 0;
    if (row.text.isNull())
        row.text = QStringLiteral("");
    row.length = codePointLength(row.text);
    if (row.sha256.isEmpty())
        row.sha256 = QCryptographicHash::hash(original, QCryptographicHash::Sha256);
    if (!row.importedAt.isValid())
        row.importedAt = QDateTime::currentDateTimeUtc();

    QList<Annotation> copies;
    QList<ClaimId> copyClaims;
    QList<int> entryCopies;
    QList<ReanchorEntry> entries;
    const bool ok = d->reading([&] {
        const QString oldText = d->readText(previous);
        const QList<Annotation> annotations = d->readAnnotations(previous);
        const Reanchorer reanchorer(row.text, oldText);
        entries = reanchorer.audit(annotations);
        const OffsetMap map(row.text);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (qsizetype i = 0; i < entries.size(); ++i) {
            const ReanchorEntry& e = entries[i];
            if (e.newStart < 0) {
                entryCopies.append(-1);
                continue;
            }
            // The copy keeps everything the user said about the passage; only its place changes.
            Annotation copy = annotations[i];
            copy.id = 0;
            copy.document = 0;
            copy.start = e.newStart;
            copy.end = e.newEnd;
            copy.created = copy.modified = now;
            for (EvidenceLink& link : copy.evidence)
                link.id = 0;
            Private::fillQuote(copy, row.text, map);
            entryCopies.append(int(copies.size()));
            copies.append(copy);
            copyClaims.append(ClaimRows::claimOf(*d->db, annotations[i].id));
        }
        return true;
    });
    if (!ok)
        return 0;
    DocumentId id = 0;
    QList<ReanchorEntry> stored;
    d->perform(std::make_unique<AddRevisionCommand>(this, row, original, previous, copies, copyClaims, entryCopies,
                                                    entries),
               [&](const AddRevisionCommand& c) {
                   id = c.documentId();
                   stored = c.audit();
               });
    if (id && audit) {
        audit->revision = id;
        audit->previous = previous;
        audit->entries = stored;
    }
    return id;
}

} // namespace Crossread
