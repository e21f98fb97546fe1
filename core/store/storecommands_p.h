// SPDX-License-Identifier: MIT
// The undoable edits of ProjectStore (Okular style): a public mutator builds one of these,
// performs it through ProjectStore::Private::run() and pushes it only when the write succeeded.
// Commands hold row ids and value snapshots, never pointers to rows.
#pragma once

#include "projectstore_p.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QUndoCommand>

#include <memory>

namespace Crossread {

class JournalReader;

class StoreCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Crossread::StoreCommand)

public:
    /// Stored in the undo journal: never renumber.
    enum Kind : int {
        AddDocument = 1,
        RemoveDocument = 2,
        SetDocumentMetadata = 3,
        AddAnnotation = 4,
        RemoveAnnotation = 5,
        EditAnnotation = 6,
        AddTag = 7,
        UpdateTag = 8,
        RemoveTag = 9,
        AddEntity = 10,
        UpdateEntity = 11,
        AddLink = 12,
        RemoveLink = 13,
        SetSetting = 14,
        AddAnnotations = 15,
        // Claims and revisions (storecommands_claims.cpp)
        EditClaims = 100,
        AddRevision = 101,
    };

    StoreCommand(ProjectStore* store, Kind kind);

    void redo() final;
    void undo() final;

    Kind kind() const { return m_kind; }
    /// Journal rows this command stands for (more than one once merged).
    int journalEntries() const { return m_journalEntries; }
    /// Set by the mutator after it performed the command, so push() does not perform it again.
    void setPerformed() { m_skipRedo = true; }
    /// The journal row of this command (its first one, once merged).
    qint64 journalSeq() const { return m_seq; }
    void setJournalSeq(qint64 seq) { m_seq = seq; }
    /// True for commands whose journal entry changes with each undo/redo: those keep bulky data
    /// (a document's text, many annotations) in the journal only while it is not in the tables.
    virtual bool rewritesJournal() const { return false; }

    /// Does the edit (or its undo) inside the open transaction; throws SqlError.
    virtual void apply(bool undo) = 0;
    virtual void save(QDataStream& out) const = 0;
    /// Rebuilds a command from the journal; nullptr when `kind` is unknown or data is damaged.
    static std::unique_ptr<StoreCommand> load(ProjectStore* store, int kind, JournalReader& in);

    /// A quote shortened for labels: “76,000 Ukrainian soldiers…”.
    static QString elide(const QString& quote);
    /// The claim and revision commands (storecommands_claims.cpp), or nullptr for an unknown kind.
    static std::unique_ptr<StoreCommand> loadClaimCommand(ProjectStore* store, int kind, JournalReader& in);

protected:
    ProjectStore::Private& d() const;
    bool mergeAllowed(const QUndoCommand* other) const;
    void absorb(const StoreCommand* other) { m_journalEntries += other->m_journalEntries; }

    ProjectStore* m_store;

private:
    Kind m_kind;
    int m_journalEntries = 1;
    qint64 m_seq = 0;
    bool m_skipRedo = false;
};

class AddDocumentCommand final : public StoreCommand
{
public:
    AddDocumentCommand(ProjectStore* store, Document doc, QByteArray original);
    void apply(bool undo) override;
    void save(QDataStream& out) const override;
    static std::unique_ptr<StoreCommand> load(ProjectStore* store, JournalReader& in);
    bool rewritesJournal() const override { return true; }
    DocumentId documentId() const { return m_doc.id; }

private:
    Document m_doc;
    QByteArray m_original;
};

/// Removes a document with its annotations and their links; undo restores all with the same ids.
class RemoveDocumentCommand final : public StoreCommand
{
public:
    RemoveDocumentCommand(ProjectStore* store, Document doc, QByteArray original, QList<Annotation> annotations,
                          QList<AnnotationLink> links);
    void apply(bool undo) override;
    void save(QDataStream& out) const override;
    static std::unique_ptr<StoreCommand> load(ProjectStore* store, JournalReader& in);

private:
    Document m_doc;
    QByteArray m_original;
    QList<Annotation> m_annotations;
    QList<AnnotationLink> m_links;
};

class SetDocumentMetadataCommand final : public StoreCommand
{
public:
    SetDocumentMetadataCommand(ProjectStore* store, DocumentId id, DocumentMetadata before, DocumentMetadata after);
    void apply(bool undo) override;
    void save(QDataStream& out) const override;
    static std::unique_ptr<StoreCommand> load(ProjectStore* store, JournalReader& in);

private:
    DocumentId m_id;
    DocumentMetadata m_before, m_after;
};

class AddAnnotationCommand final : public StoreCommand
{
public:
    AddAnnotationCommand(ProjectStore* store, Annotation annotation, const QString& tagNames);
    void apply(bool undo) override;
    void save(QDataStream& out) const override;
    static std::unique_ptr<StoreCommand> load(ProjectStore* store, JournalReader& in);
    AnnotationId annotationId() const { return m_annotation.id; }

private:
    Annotation m_annotation;
};

/// Many annotations in one transaction and one undo step (imports, bulk tagging).
class AddAnnotationsCommand final : public StoreCommand
{
public:
    AddAnnotationsCommand(ProjectStore* store, QList<Annotation> annotations);
    void apply(bool undo) override;
    void save(QDataStream& out) const override;
    static std::unique_ptr<StoreCommand> load(ProjectStore* store, JournalReader& in);
    bool rewritesJournal() const override { return true; }
    QList<AnnotationId> ids() const { return m_ids; }

private:
    QList<Annotation> m_annotations; // empty while they are in the tables
    QList<AnnotationId> m_ids;
};

class RemoveAnnotationCommand final : public StoreCommand
{
public:
    RemoveAnnotationCommand(ProjectStore* store, Annotation annotation, QList<AnnotationLink> links);
    void apply(bool undo) override;
    void save(QDataStream& out) const override;
    static std::unique_ptr<StoreCommand> load(ProjectStore* store, JournalReader& in);

private:
    Annotation m_annotation;
    QList<AnnotationLink> m_links;
};

/// Any change of one annotation's own fields, tags or evidence, as a before/after pair.
class EditAnnotationCommand final : public StoreCommand
{
public:
    enum Field : int { Range = 1, Tags, Note, Verdict, Rationale, Speaker, AddEvidence, RemoveEvidence };
    /// Typing in the note or rationale editor merges into one undo step per annotation.
    enum MergeId { NoteMerge = 1001, RationaleMerge = 1002 };

    EditAnnotationCommand(ProjectStore* store, Field field, Annotation before, Annotation after, const QString& label);
    void apply(bool undo) override;
    void save(QDataStream& out) const override;
    static std::unique_ptr<StoreCommand> load(ProjectStore* store, JournalReader& in);
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;
    const Annotation& after() const { return m_after; }

private:
    Field m_field;
    Annotation m_before, m_after;
};

class AddTagCommand final : public StoreCommand
{
public:
    AddTagCommand(ProjectStore* store, Tag tag);
    void apply(bool undo) override;
    void save(QDataStream& out) const override;
    static std::unique_ptr<StoreCommand> load(ProjectStore* store, JournalReader& in);
    TagId tagId() const { return m_tag.id; }

private:
    Tag m_tag;
};

class UpdateTagCommand final : public StoreCommand
{
public:
    UpdateTagCommand(ProjectStore* store, Tag before, Tag after);
    void apply(bool undo) override;
    void save(QDataStream& out) const override;
    static std::unique_ptr<StoreCommand> load(ProjectStore* store, JournalReader& in);

private:
    Tag m_before, m_after;
};

/// Deletes a tag, its uses on annotations and re-parents its children; undo restores all three.
class RemoveTagCommand final : public StoreCommand
{
public:
    struct Use
    {
        AnnotationId annotation = 0;
        DocumentId document = 0;
        qint64 position = 0;
    };
    RemoveTagCommand(ProjectStore* store, Tag tag, QList<Use> uses, QList<Tag> children);
    void apply(bool undo) override;
    void save(QDataStream& out) const override;
    static std::unique_ptr<StoreCommand> load(ProjectStore* store, JournalReader& in);

private:
    Tag m_tag;
    QList<Use> m_uses;
    QList<Tag> m_children;
};

class AddEntityCommand final : public StoreCommand
{
public:
    AddEntityCommand(ProjectStore* store, Entity entity);
    void apply(bool undo) override;
    void save(QDataStream& out) const override;
    static std::unique_ptr<StoreCommand> load(ProjectStore* store, JournalReader& in);
    EntityId entityId() const { return m_entity.id; }

private:
    Entity m_entity;
};

class UpdateEntityCommand final : public StoreCommand
{
public:
    UpdateEntityCommand(ProjectStore* store, Entity before, Entity after);
    void apply(bool undo) override;
    void save(QDataStream& out) const override;
    static std::unique_ptr<StoreCommand> load(ProjectStore* store, JournalReader& in);

private:
    Entity m_before, m_after;
};

class LinkCommand final : public StoreCommand
{
public:
    /// `remove`: the command deletes the link (undo restores it); otherwise it adds it.
    LinkCommand(ProjectStore* store, AnnotationLink link, DocumentId fromDoc, DocumentId toDoc, bool remove);
    void apply(bool undo) override;
    void save(QDataStream& out) const override;
    static std::unique_ptr<StoreCommand> load(ProjectStore* store, JournalReader& in, bool remove);
    LinkId linkId() const { return m_link.id; }

private:
    AnnotationLink m_link;
    DocumentId m_fromDoc, m_toDoc;
    bool m_remove;
};

class SetSettingCommand final : public StoreCommand
{
public:
    SetSettingCommand(ProjectStore* store, QString key, QString before, QString after);
    void apply(bool undo) override;
    void save(QDataStream& out) const override;
    static std::unique_ptr<StoreCommand> load(ProjectStore* store, JournalReader& in);

private:
    QString m_key, m_before, m_after;
};

} // namespace Crossread
