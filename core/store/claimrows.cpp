// SPDX-License-Identifier: MIT
#include "claimrows_p.h"

#include "builtins.h"

#include <QHash>
#include <QTimeZone>

namespace Crossread::ClaimRows {

static qint64 toMs(const QDateTime& t)
{
    return t.isValid() ? t.toMSecsSinceEpoch() : 0;
}

static QDateTime fromMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::UTC);
}

#define CLAIM_COLUMNS "c.id, c.title, c.speaker, c.verdict, c.rationale, c.created, c.modified"

static ClaimRecord fromRow(Statement& q)
{
    ClaimRecord c;
    c.id = q.int64(0);
    c.title = q.text(1);
    c.speaker = q.isNull(2) ? 0 : q.int64(2);
    c.verdict = q.text(3);
    c.rationale = q.text(4);
    c.created = fromMs(q.int64(5));
    c.modified = fromMs(q.int64(6));
    return c;
}

static ClaimAnchor anchorFromRow(Statement& q, int first)
{
    return ClaimAnchor{q.int64(first), q.int64(first + 1), q.int64(first + 2), q.int64(first + 3), q.text(first + 4)};
}

static EvidenceLink evidenceFromRow(Statement& q, int first)
{
    const QString accessed = q.text(first + 3);
    return EvidenceLink{q.int64(first), q.text(first + 1), q.text(first + 2),
                        accessed.isEmpty() ? QDate() : QDate::fromString(accessed, Qt::ISODate)};
}

ClaimRecord read(Database& db, ClaimId id)
{
    ClaimRecord c;
    {
        Query q = db.query("SELECT " CLAIM_COLUMNS " FROM claims c WHERE c.id = ?");
        q->bind(1, id);
        if (!q->step())
            return c;
        c = fromRow(*q);
    }
    {
        Query q = db.query("SELECT a.id, a.document, a.start_pos, a.end_pos, a.quote FROM claim_anchors ca "
                           "JOIN annotations a ON a.id = ca.annotation WHERE ca.claim = ? ORDER BY ca.position");
        q->bind(1, id);
        while (q->step())
            c.anchors.append(anchorFromRow(*q, 0));
    }
    Query q = db.query("SELECT id, url, title, accessed FROM claim_evidence WHERE claim = ? ORDER BY id");
    q->bind(1, id);
    while (q->step())
        c.evidence.append(evidenceFromRow(*q, 0));
    return c;
}

QList<ClaimRecord> readAll(Database& db)
{
    // Three ordered scans rather than three queries per claim.
    QList<ClaimRecord> list;
    QHash<ClaimId, qsizetype> index;
    {
        Query q = db.query("SELECT " CLAIM_COLUMNS " FROM claims c ORDER BY c.id");
        while (q->step()) {
            list.append(fromRow(*q));
            index.insert(list.last().id, list.size() - 1);
        }
    }
    {
        Query q = db.query("SELECT ca.claim, a.id, a.document, a.start_pos, a.end_pos, a.quote FROM claim_anchors ca "
                           "JOIN annotations a ON a.id = ca.annotation ORDER BY ca.claim, ca.position");
        while (q->step()) {
            const auto it = index.constFind(q->int64(0));
            if (it != index.cend())
                list[*it].anchors.append(anchorFromRow(*q, 1));
        }
    }
    Query q = db.query("SELECT claim, id, url, title, accessed FROM claim_evidence ORDER BY claim, id");
    while (q->step()) {
        const auto it = index.constFind(q->int64(0));
        if (it != index.cend())
            list[*it].evidence.append(evidenceFromRow(*q, 1));
    }
    return list;
}

void write(Database& db, ClaimRecord& c)
{
    c.verdict = Builtins::canonicalRating(c.verdict); // format-3 undo entries carry labels
    if (c.id && read(db, c.id).id) {
        Query q = db.query("UPDATE claims SET title = ?, speaker = ?, verdict = ?, rationale = ?, created = ?, "
                           "modified = ? WHERE id = ?");
        q->bind(1, c.title).bindId(2, c.speaker).bind(3, c.verdict).bind(4, c.rationale);
        q->bind(5, toMs(c.created)).bind(6, toMs(c.modified)).bind(7, c.id);
        q->run();
    } else {
        Query q = db.query("INSERT INTO claims (id, title, speaker, verdict, rationale, created, modified) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?)");
        q->bindId(1, c.id).bind(2, c.title).bindId(3, c.speaker).bind(4, c.verdict).bind(5, c.rationale);
        q->bind(6, toMs(c.created)).bind(7, toMs(c.modified));
        q->run();
        c.id = db.lastInsertRowId();
    }
    clearAnchors(db, c.id);
    {
        Query q = db.query("INSERT INTO claim_anchors (claim, annotation, position) "
                           "SELECT ?, id, ? FROM annotations WHERE id = ?");
        for (qsizetype i = 0; i < c.anchors.size(); ++i) {
            q->bind(1, c.id).bind(2, qint64(i)).bind(3, c.anchors[i].annotation);
            q->run();
        }
    }
    {
        Query del = db.query("DELETE FROM claim_evidence WHERE claim = ?");
        del->bind(1, c.id);
        del->run();
    }
    Query q = db.query("INSERT INTO claim_evidence (id, claim, url, title, accessed) VALUES (?, ?, ?, ?, ?)");
    for (EvidenceLink& e : c.evidence) {
        q->bindId(1, e.id).bind(2, c.id).bind(3, e.url).bind(4, e.title);
        q->bindTextOrNull(5, e.accessed.isValid() ? e.accessed.toString(Qt::ISODate) : QString());
        q->run();
        e.id = db.lastInsertRowId();
    }
}

void clearAnchors(Database& db, ClaimId id)
{
    Query q = db.query("DELETE FROM claim_anchors WHERE claim = ?");
    q->bind(1, id);
    q->run();
}

void remove(Database& db, ClaimId id)
{
    Query q = db.query("DELETE FROM claims WHERE id = ?");
    q->bind(1, id);
    q->run();
}

ClaimId claimOf(Database& db, AnnotationId annotation)
{
    Query q = db.query("SELECT claim FROM claim_anchors WHERE annotation = ?");
    q->bind(1, annotation);
    return q->step() ? q->int64(0) : 0;
}

void appendAnchor(Database& db, ClaimId claim, AnnotationId annotation)
{
    Query q = db.query("INSERT OR IGNORE INTO claim_anchors (claim, annotation, position) "
                       "SELECT c.id, ?, (SELECT coalesce(max(position), -1) + 1 FROM claim_anchors WHERE claim = c.id) "
                       "FROM claims c WHERE c.id = ? AND EXISTS (SELECT 1 FROM annotations WHERE id = ?)");
    q->bind(1, annotation).bind(2, claim).bind(3, annotation);
    q->run();
}

// ---- revisions --------------------------------------------------------------

DocumentId previousOf(Database& db, DocumentId document)
{
    Query q = db.query("SELECT r.revision_of FROM document_revisions r "
                       "JOIN documents n ON n.id = r.document AND n.imported_at = r.document_imported_at "
                       "JOIN documents o ON o.id = r.revision_of AND o.imported_at = r.revision_of_imported_at "
                       "WHERE r.document = ?");
    q->bind(1, document);
    return q->step() ? q->int64(0) : 0;
}

DocumentId nextOf(Database& db, DocumentId document)
{
    Query q = db.query("SELECT r.document FROM document_revisions r "
                       "JOIN documents n ON n.id = r.document AND n.imported_at = r.document_imported_at "
                       "JOIN documents o ON o.id = r.revision_of AND o.imported_at = r.revision_of_imported_at "
                       "WHERE r.revision_of = ? ORDER BY n.imported_at, r.document LIMIT 1");
    q->bind(1, document);
    return q->step() ? q->int64(0) : 0;
}

void insertRevision(Database& db, DocumentId document, DocumentId revisionOf)
{
    Query q = db.query("INSERT OR REPLACE INTO document_revisions "
                       "(document, document_imported_at, revision_of, revision_of_imported_at) "
                       "SELECT n.id, n.imported_at, o.id, o.imported_at FROM documents n, documents o "
                       "WHERE n.id = ? AND o.id = ?");
    q->bind(1, document).bind(2, revisionOf);
    q->run();
}

void deleteRevision(Database& db, DocumentId document)
{
    Query q = db.query("DELETE FROM document_revisions WHERE document = ?");
    q->bind(1, document);
    q->run();
}

QString statusKey(ReanchorStatus status)
{
    switch (status) {
    case ReanchorStatus::Exact: return QStringLiteral("exact");
    case ReanchorStatus::Moved: return QStringLiteral("moved");
    case ReanchorStatus::Reworded: return QStringLiteral("reworded");
    case ReanchorStatus::Ambiguous: return QStringLiteral("ambiguous");
    case ReanchorStatus::Orphaned: return QStringLiteral("orphaned");
    }
    return QStringLiteral("orphaned");
}

ReanchorStatus statusFromKey(const QString& key)
{
    for (const ReanchorStatus s : {ReanchorStatus::Exact, ReanchorStatus::Moved, ReanchorStatus::Reworded,
                                   ReanchorStatus::Ambiguous}) {
        if (key == statusKey(s))
            return s;
    }
    return ReanchorStatus::Orphaned;
}

QList<ReanchorEntry> readAudit(Database& db, DocumentId revision)
{
    QList<ReanchorEntry> list;
    Query q = db.query("SELECT old_annotation, new_annotation, status, confidence, candidates, old_start, old_end, "
                       "new_start, new_end, old_quote, new_quote FROM revision_audit WHERE revision = ? "
                       "ORDER BY position");
    q->bind(1, revision);
    while (q->step()) {
        ReanchorEntry e;
        e.oldAnnotation = q->int64(0);
        e.newAnnotation = q->isNull(1) ? 0 : q->int64(1);
        e.status = statusFromKey(q->text(2));
        e.confidence = q->real(3);
        e.candidates = int(q->int64(4));
        e.oldStart = q->int64(5);
        e.oldEnd = q->int64(6);
        e.newStart = q->int64(7);
        e.newEnd = q->int64(8);
        e.oldQuote = q->text(9);
        e.newQuote = q->text(10);
        list.append(e);
    }
    return list;
}

void writeAudit(Database& db, DocumentId revision, const QList<ReanchorEntry>& entries)
{
    deleteAudit(db, revision);
    Query q = db.query("INSERT INTO revision_audit (revision, position, old_annotation, new_annotation, status, "
                       "confidence, candidates, old_start, old_end, new_start, new_end, old_quote, new_quote) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const ReanchorEntry& e = entries[i];
        q->bind(1, revision).bind(2, qint64(i)).bind(3, e.oldAnnotation).bindId(4, e.newAnnotation);
        q->bind(5, statusKey(e.status)).bind(6, e.confidence).bind(7, e.candidates);
        q->bind(8, e.oldStart).bind(9, e.oldEnd).bind(10, e.newStart).bind(11, e.newEnd);
        q->bind(12, e.oldQuote).bind(13, e.newQuote);
        q->run();
    }
}

void deleteAudit(Database& db, DocumentId revision)
{
    Query q = db.query("DELETE FROM revision_audit WHERE revision = ?");
    q->bind(1, revision);
    q->run();
}

} // namespace Crossread::ClaimRows
