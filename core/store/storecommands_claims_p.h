// SPDX-License-Identifier: MIT
// The undoable edits of claim records and revisions (issue #9), beside storecommands_p.h.
#pragma once

#include "storecommands_p.h"

namespace Crossread {

/// Any change of claim records, as before/after snapshots of every claim it touches (moving an
/// anchor touches two). Creating a claim has no "before", removing one no "after".
class ClaimCommand final : public StoreCommand
{
public:
    struct State
    {
        ClaimId id = 0;
        bool exists = false;
        ClaimRecord record;
    };
    /// Typing in a claim's rationale merges into one undo step per claim.
    enum MergeId { RationaleMerge = 1003 };
    enum class Field : qint32 { Other = 0, Rationale = 1 };

    ClaimCommand(ProjectStore* store, QList<State> before, QList<State> after, const QString& label,
                 Field field = Field::Other);
    void apply(bool undo) override;
    void save(QDataStream& out) const override;
    static std::unique_ptr<StoreCommand> load(ProjectStore* store, JournalReader& in);
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;
    /// The first claim of the "after" side (the created one, once performed).
    ClaimId firstClaim() const { return m_after.isEmpty() ? 0 : m_after.first().id; }

private:
    QList<State> m_before, m_after;
    Field m_field;
};

/// A new revision of a document: the document, its place in the chain, the copies of the previous
/// revision's annotations that re-anchoring attached, their claim anchors and the audit.
class AddRevisionCommand final : public StoreCommand
{
public:
    AddRevisionCommand(ProjectStore* store, Document doc, QByteArray original, DocumentId previous,
                       QList<Annotation> copies, QList<ClaimId> copyClaims, QList<int> entryCopies,
                       QList<ReanchorEntry> audit);
    void apply(bool undo) override;
    void save(QDataStream& out) const override;
    static std::unique_ptr<StoreCommand> load(ProjectStore* store, JournalReader& in);
    bool rewritesJournal() const override { return true; }
    DocumentId documentId() const { return m_doc.id; }
    const QList<ReanchorEntry>& audit() const { return m_audit; }

private:
    Document m_doc; // text and original kept only while the document is not in the tables
    QByteArray m_original;
    DocumentId m_previous;
    QList<Annotation> m_copies;
    QList<ClaimId> m_copyClaims; // per copy, 0 for none
    QList<int> m_entryCopies; // per audit entry: index into m_copies, or -1
    QList<ReanchorEntry> m_audit;
};

} // namespace Crossread
