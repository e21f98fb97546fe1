// SPDX-License-Identifier: MIT
// Private part of ProjectStore, shared by projectstore*.cpp and the undo commands.
#pragma once

#include "database.h"
#include "projectstore.h"
#include "text/offsets.h"

#include <QLockFile>
#include <QUndoStack>

#include <functional>
#include <vector>

namespace Crossread {

class StoreCommand;

class ProjectStore::Private
{
public:
    explicit Private(ProjectStore* store);

    ProjectStore* owner;
    std::unique_ptr<Database> db;
    std::unique_ptr<QLockFile> lock;
    QUndoStack* undoStack = nullptr;
    QString path;
    bool readOnly = false;
    StoreError lastError;
    QString annotator;
    /// Signals of the running transaction, emitted only once it committed.
    std::vector<std::function<void()>> pending;
    /// Set while the journal is loaded into the undo stack: commands then touch nothing.
    bool replaying = false;
    /// Set while one journal entry is pushed that must not merge with the one before it.
    bool mergeBarrier = false;

    // ---- opening (projectstore.cpp) ----
    bool openFile(const QString& file, OpenMode mode, bool create, StoreError* error);
    /// Whether `file` can be written (created) where it is; fails with a message naming what is
    /// wrong: a folder that does not exist or is no folder, a read-only folder, a read-only file.
    bool writableLocation(const QString& file, bool create, StoreError* error);
    StoreError fail(StoreError::Kind kind, const QString& message, StoreError* error);

    // ---- writing (projectstore.cpp) ----
    /// Performs `command` (or its undo) in one transaction with its journal entry; emits the
    /// collected signals after commit. On failure: rollback, writeFailed(), false.
    bool run(StoreCommand& command, bool undo, bool first);
    void reportWriteFailure(const SqlError& e);
    StoreError invalid(const QString& message);
    bool checkWritable();
    template<typename F>
    void later(F&& f)
    {
        pending.emplace_back(std::forward<F>(f));
    }

    // ---- journal (projectstore_journal.cpp) ----
    void appendJournal(StoreCommand& command);
    void rewriteJournal(const StoreCommand& command);
    static QByteArray journalPayload(const StoreCommand& command);
    void moveJournal(int delta);
    void loadJournal();
    void reloadJournalLater();

    // ---- rows (projectstore_rows.cpp); throw SqlError ----
    Document readDocument(DocumentId id, bool withText);
    void insertDocument(Document& doc, const QByteArray& original); // uses doc.id when set
    void writeDocumentMetadata(DocumentId id, const DocumentMetadata& meta);
    void deleteDocument(DocumentId id);
    QString readText(DocumentId id);
    QByteArray readOriginal(DocumentId id);

    /// The stored annotation (tags, evidence) or one with id 0; orphaned not computed.
    Annotation readAnnotation(AnnotationId id);
    QList<Annotation> readAnnotations(DocumentId document); // all when document == 0
    void insertAnnotation(Annotation& a); // uses a.id when set; assigns evidence ids
    void writeAnnotation(Annotation& a); // every field, tags and evidence
    void deleteAnnotation(AnnotationId id);

    Tag readTag(TagId id);
    void insertTag(Tag& tag);
    void writeTag(const Tag& tag);
    void deleteTag(TagId id);

    Entity readEntity(EntityId id);
    void insertEntity(Entity& entity);
    void writeEntity(const Entity& entity);
    void deleteEntity(EntityId id);

    AnnotationLink readLink(LinkId id);
    QList<AnnotationLink> readLinks(AnnotationId annotation);
    void insertLink(AnnotationLink& link);
    void deleteLink(LinkId id);

    QString readSetting(const QString& key, const QString& fallback);
    void writeSetting(const QString& key, const QString& value); // a null value removes the key

    // ---- edit helpers (projectstore_edits.cpp, projectstore_annotations.cpp) ----
    /// Performs `command` as a new edit and pushes it on success; `before` reads what the caller
    /// needs from the command while it still exists (push() may merge it away).
    template<typename C, typename F>
    bool perform(std::unique_ptr<C> command, F&& before)
    {
        if (!run(*command, false, true))
            return false;
        before(*command);
        command->setPerformed();
        undoStack->push(command.release());
        return true;
    }
    template<typename C>
    bool perform(std::unique_ptr<C> command)
    {
        return perform(std::move(command), [](const C&) {});
    }
    /// Runs a validating read; a failing read counts as a failed write (nothing changes).
    template<typename F>
    bool reading(F&& read)
    {
        try {
            return read();
        } catch (const SqlError& e) {
            reportWriteFailure(e);
            return false;
        }
    }
    /// The stored text when [start, end) fits it; else a null string and lastError set.
    QString checkedText(DocumentId document, qint64 start, qint64 end);
    bool checkRange(qint64 start, qint64 end, qint64 length);
    /// Every tag exists (duplicates dropped); else nullopt and lastError set.
    std::optional<QList<TagId>> checkedTags(const QList<TagId>& tags, QStringList* names);
    /// Builds and performs an EditAnnotationCommand from `change(annotation, label)`.
    bool editAnnotation(AnnotationId id, int field, const std::function<bool(Annotation&, QString&)>& change);
    QString checkTag(const Tag& tag);
    /// What is stored for the verdict `text` (a key, a label in any UI language, or a literal
    /// entry of `scale`; "" clears); nullopt and lastError set when it is not on the scale.
    std::optional<QString> checkedVerdict(const QString& text, const QStringList& scale);

    /// Fills quote, prefix and suffix of `a` from `text` (code points).
    static void fillQuote(Annotation& a, const QString& text);
    static void fillQuote(Annotation& a, const QString& text, const OffsetMap& map);
};

/// Number of code points of context kept on each side of an annotation's quote.
constexpr qint64 QuoteContext = 32;

} // namespace Crossread
