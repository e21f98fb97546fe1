// SPDX-License-Identifier: MIT
#include "storecommands_claims_p.h"

#include "claimrows_p.h"
#include "storeserialization_p.h"

#include <QSet>

namespace Crossread {

// ---- journal forms ----------------------------------------------------------

static QDataStream& operator<<(QDataStream& out, const ClaimAnchor& a)
{
    return out << a.annotation << a.document << a.start << a.end << a.quote;
}

static JournalReader& operator>>(JournalReader& in, ClaimAnchor& a)
{
    return in >> a.annotation >> a.document >> a.start >> a.end >> a.quote;
}

static QDataStream& operator<<(QDataStream& out, const ClaimRecord& c)
{
    out << c.id << c.title << c.speaker << c.verdict << c.rationale << c.evidence << qint64(c.anchors.size());
    for (const ClaimAnchor& a : c.anchors)
        out << a;
    return out << c.created << c.modified;
}

static JournalReader& operator>>(JournalReader& in, ClaimRecord& c)
{
    qint64 count = 0;
    in >> c.id >> c.title >> c.speaker >> c.verdict >> c.rationale >> c.evidence >> count;
    if (count < 0 || count > 10'000'000) {
        in.setStatus(QDataStream::ReadCorruptData);
        return in;
    }
    c.anchors.clear();
    for (qint64 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
        ClaimAnchor a;
        in >> a;
        c.anchors.append(a);
    }
    return in >> c.created >> c.modified;
}

static void saveStates(QDataStream& out, const QList<ClaimCommand::State>& states)
{
    out << qint64(states.size());
    for (const ClaimCommand::State& s : states)
        out << s.id << s.exists << s.record;
}

static QList<ClaimCommand::State> loadStates(JournalReader& in)
{
    qint64 count = 0;
    in >> count;
    QList<ClaimCommand::State> states;
    if (count < 0 || count > 1'000'000) {
        in.setStatus(QDataStream::ReadCorruptData);
        return states;
    }
    for (qint64 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
        ClaimCommand::State s;
        in >> s.id >> s.exists >> s.record;
        states.append(s);
    }
    return states;
}

static QDataStream& operator<<(QDataStream& out, const ReanchorEntry& e)
{
    return out << e.oldAnnotation << e.newAnnotation << qint32(e.status) << e.confidence << qint32(e.candidates)
               << e.oldStart << e.oldEnd << e.newStart << e.newEnd << e.oldQuote << e.newQuote;
}

static JournalReader& operator>>(JournalReader& in, ReanchorEntry& e)
{
    qint32 status = 0, candidates = 0;
    in >> e.oldAnnotation >> e.newAnnotation >> status >> e.confidence >> candidates >> e.oldStart >> e.oldEnd
        >> e.newStart >> e.newEnd >> e.oldQuote >> e.newQuote;
    e.status = status >= 0 && status <= qint32(ReanchorStatus::Orphaned) ? ReanchorStatus(status) : ReanchorStatus::Orphaned;
    e.candidates = candidates;
    return in;
}

// ---- ClaimCommand -----------------------------------------------------------

ClaimCommand::ClaimCommand(ProjectStore* store, QList<State> before, QList<State> after, const QString& label,
                           Field field)
    : StoreCommand(store, EditClaims)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_field(field)
{
    setText(label);
}

void ClaimCommand::apply(bool undo)
{
    QList<State>& target = undo ? m_before : m_after;
    const QList<State>& other = undo ? m_after : m_before;
    auto* s = m_store;
    // Anchors first leave every claim touched, so that one moving between two claims never sits
    // in both (claim_anchors.annotation is unique).
    for (const State& state : std::as_const(target)) {
        if (state.id)
            ClaimRows::clearAnchors(*d().db, state.id);
    }
    for (qsizetype i = 0; i < target.size(); ++i) {
        State& state = target[i];
        const bool existed = i < other.size() && other[i].exists;
        if (!state.exists) {
            if (state.id)
                ClaimRows::remove(*d().db, state.id);
            d().later([s, id = state.id] { Q_EMIT s->claimRemoved(id); });
            continue;
        }
        state.record.id = state.id;
        ClaimRows::write(*d().db, state.record);
        if (!state.id) {
            // Created now: both sides name the new claim from here on (redo keeps the id).
            state.id = state.record.id;
            if (i < m_before.size())
                m_before[i].id = state.id;
            if (i < m_after.size())
                m_after[i].id = state.id;
        }
        if (existed)
            d().later([s, id = state.id] { Q_EMIT s->claimChanged(id); });
        else
            d().later([s, id = state.id] { Q_EMIT s->claimAdded(id); });
    }
}

int ClaimCommand::id() const
{
    return m_field == Field::Rationale ? int(RationaleMerge) : -1;
}

bool ClaimCommand::mergeWith(const QUndoCommand* other)
{
    if (!mergeAllowed(other))
        return false;
    const auto* edit = static_cast<const ClaimCommand*>(other);
    if (edit->m_field != m_field || edit->m_after.size() != 1 || m_after.size() != 1
        || edit->m_after.first().id != m_after.first().id)
        return false;
    m_after = edit->m_after;
    absorb(edit);
    return true;
}

void ClaimCommand::save(QDataStream& out) const
{
    out << qint32(m_field);
    saveStates(out, m_before);
    saveStates(out, m_after);
}

std::unique_ptr<StoreCommand> ClaimCommand::load(ProjectStore* store, JournalReader& in)
{
    qint32 field = 0;
    in >> field;
    QList<State> before = loadStates(in);
    QList<State> after = loadStates(in);
    if (field < 0 || field > 1 || before.size() != after.size())
        return nullptr;
    return std::make_unique<ClaimCommand>(store, before, after, QString(), Field(field));
}

// ---- AddRevisionCommand -----------------------------------------------------

AddRevisionCommand::AddRevisionCommand(ProjectStore* store, Document doc, QByteArray original, DocumentId previous,
                                       QList<Annotation> copies, QList<ClaimId> copyClaims, QList<int> entryCopies,
                                       QList<ReanchorEntry> audit)
    : StoreCommand(store, AddRevision)
    , m_doc(std::move(doc))
    , m_original(std::move(original))
    , m_previous(previous)
    , m_copies(std::move(copies))
    , m_copyClaims(std::move(copyClaims))
    , m_entryCopies(std::move(entryCopies))
    , m_audit(std::move(audit))
{
    const QString name = m_doc.meta.title.isEmpty() ? m_doc.originalFileName : m_doc.meta.title;
    setText(tr("Import a new revision of “%1”").arg(name));
}

void AddRevisionCommand::apply(bool undo)
{
    auto* s = m_store;
    Database& db = *d().db;
    QSet<ClaimId> claims;
    for (const ClaimId c : std::as_const(m_copyClaims)) {
        if (c)
            claims.insert(c);
    }
    if (undo) {
        m_doc = d().readDocument(m_doc.id, true);
        m_original = d().readOriginal(m_doc.id);
        d().later([s, id = m_doc.id, prev = m_previous] { Q_EMIT s->revisionRemoved(id, prev); });
        for (const Annotation& a : std::as_const(m_copies))
            d().later([s, id = a.id, doc = a.document] { Q_EMIT s->annotationRemoved(id, doc); });
        ClaimRows::deleteAudit(db, m_doc.id);
        ClaimRows::deleteRevision(db, m_doc.id);
        // The copies and their claim anchors go by ON DELETE CASCADE; redo adds the anchors again
        // itself, so the copies' anchors need not stay parked (schema_claims.cpp).
        d().deleteDocument(m_doc.id);
        {
            Query q = db.query("DELETE FROM claim_anchors_parked WHERE annotation = ?");
            for (const Annotation& a : std::as_const(m_copies)) {
                q->bind(1, a.id);
                q->run();
            }
        }
        for (const ClaimId c : std::as_const(claims))
            d().later([s, c] { Q_EMIT s->claimChanged(c); });
        d().later([s, id = m_doc.id] { Q_EMIT s->documentRemoved(id); });
        return;
    }
    d().insertDocument(m_doc, m_original);
    m_doc.text = QString();
    m_original = QByteArray();
    ClaimRows::insertRevision(db, m_doc.id, m_previous);
    d().later([s, id = m_doc.id] { Q_EMIT s->documentAdded(id); });
    for (qsizetype i = 0; i < m_copies.size(); ++i) {
        Annotation& a = m_copies[i];
        a.document = m_doc.id;
        d().insertAnnotation(a);
        if (i < m_copyClaims.size() && m_copyClaims[i])
            ClaimRows::appendAnchor(db, m_copyClaims[i], a.id);
        d().later([s, id = a.id, doc = a.document] { Q_EMIT s->annotationAdded(id, doc); });
    }
    for (qsizetype i = 0; i < m_audit.size(); ++i) {
        const int copy = i < m_entryCopies.size() ? m_entryCopies[i] : -1;
        m_audit[i].newAnnotation = copy >= 0 && copy < m_copies.size() ? m_copies[copy].id : 0;
    }
    ClaimRows::writeAudit(db, m_doc.id, m_audit);
    for (const ClaimId c : std::as_const(claims))
        d().later([s, c] { Q_EMIT s->claimChanged(c); });
    d().later([s, id = m_doc.id, prev = m_previous] { Q_EMIT s->revisionAdded(id, prev); });
    d().later([s, id = m_doc.id] { Q_EMIT s->documentChanged(id); });
}

void AddRevisionCommand::save(QDataStream& out) const
{
    out << m_doc << m_original << m_previous << m_copies << m_copyClaims << m_entryCopies << m_audit;
}

std::unique_ptr<StoreCommand> AddRevisionCommand::load(ProjectStore* store, JournalReader& in)
{
    Document doc;
    QByteArray original;
    DocumentId previous = 0;
    QList<Annotation> copies;
    QList<ClaimId> copyClaims;
    QList<int> entryCopies;
    QList<ReanchorEntry> audit;
    in >> doc >> original >> previous >> copies >> copyClaims >> entryCopies >> audit;
    return std::make_unique<AddRevisionCommand>(store, doc, original, previous, copies, copyClaims, entryCopies, audit);
}

std::unique_ptr<StoreCommand> StoreCommand::loadClaimCommand(ProjectStore* store, int kind, JournalReader& in)
{
    switch (kind) {
    case EditClaims:
        return ClaimCommand::load(store, in);
    case AddRevision:
        return AddRevisionCommand::load(store, in);
    default:
        return nullptr;
    }
}

} // namespace Crossread
