// SPDX-License-Identifier: MIT
#pragma once

#include "types.h"

#include <QHash>
#include <QObject>
#include <QPair>
#include <memory>
#include <optional>

class QUndoStack;

namespace Crossread {

class Database;
class SpellChecker;
struct SearchQuery;
struct SearchResults;

/// Why opening or writing a project failed. `message` is translated and meant for the user.
struct StoreError
{
    enum class Kind {
        None,
        NotFound, // no such file (open), or no such folder to create it in
        NotSqlite, // not an SQLite database at all
        NotProject, // an SQLite file, but not a Crossread project (application_id)
        Corrupt, // quick_check failed or the schema is damaged
        NewerSchema, // written by a newer Crossread
        ReadOnly, // the file or its folder cannot be written; may be opened read-only
        Locked, // open in another Crossread process; may be opened read-only
        Io, // a write failed (disk full, I/O error); nothing was changed
        Invalid, // a bad argument: unknown id, range outside the text, start > end, …
    };
    Kind kind = Kind::None;
    QString message;

    explicit operator bool() const { return kind != Kind::None; }
};

/// The project file: one SQLite database that holds documents, tags, annotations and their history.
///
/// Every public mutator builds an undoable command, performs it in one transaction committed at
/// once (WAL), and pushes it onto undoStack() only when the write succeeded; on failure it
/// returns false/0, emits writeFailed() and leaves memory equal to disk. Signals tell observers
/// (the item models) exactly what changed.
class ProjectStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectStore)

public:
    enum class OpenMode { ReadWrite, ReadOnly };

    explicit ProjectStore(QObject* parent = nullptr);
    ~ProjectStore() override;

    /// Creates a new, empty project (fails if `path` exists).
    bool create(const QString& path, StoreError* error = nullptr);
    bool open(const QString& path, OpenMode mode = OpenMode::ReadWrite, StoreError* error = nullptr);
    void close();

    bool isOpen() const;
    bool isReadOnly() const;
    QString path() const;
    static int currentSchemaVersion();
    /// Copies the project to `path` with SQLite's backup API ("Save as", exports).
    bool saveCopy(const QString& path, StoreError* error = nullptr) const;

    QUndoStack* undoStack() const;
    StoreError lastError() const;
    /// Schema version of the open file (after any migration).
    int schemaVersion() const;
    /// Number of rows of each table, by table name (for `crossread-cli info`).
    QList<QPair<QString, qint64>> tableCounts() const;
    /// SQLite's full integrity_check: an empty list when the file is sound, else its findings.
    QStringList integrityProblems() const;

    // ---- queries -----------------------------------------------------------
    QList<Document> documents() const; // without text, with annotationCount and length
    std::optional<Document> document(DocumentId id) const; // with text
    QString documentText(DocumentId id) const;
    QByteArray originalBytes(DocumentId id) const;
    std::optional<DocumentId> documentBySha256(const QByteArray& sha256) const;

    QList<Tag> tags() const;
    std::optional<Tag> tag(TagId id) const;
    std::optional<Tag> tagByName(const QString& name) const; // case-insensitive
    std::optional<Tag> builtinTag(const QString& builtin) const; // "claim", "attribution", "unverified"

    QList<Annotation> annotations(DocumentId document) const; // ordered by start, end
    QList<Annotation> allAnnotations() const;
    std::optional<Annotation> annotation(AnnotationId id) const;
    int annotationCountForTag(TagId tag) const;

    QList<Entity> entities() const;
    std::optional<Entity> entity(EntityId id) const;
    std::optional<Entity> entityByName(const QString& nameOrAlias) const;

    QList<AnnotationLink> links(AnnotationId annotation) const;

    QStringList ratingScale() const;
    /// Full-text search of text, titles and notes (search/searchquery.h); `stemmer` serves
    /// SearchQuery::expandStems (an installed en_US dictionary when null).
    SearchResults search(const SearchQuery& query, const SpellChecker* stemmer = nullptr) const;
    QString setting(const QString& key, const QString& fallback = {}) const;

    // ---- claim records (projectstore_claims.cpp) ---------------------------
    QList<ClaimRecord> claims() const; // ordered by id, with anchors and evidence
    std::optional<ClaimRecord> claim(ClaimId id) const;
    /// The claim this annotation anchors, or 0.
    ClaimId claimOfAnnotation(AnnotationId annotation) const;

    // ---- revisions (projectstore_claims.cpp) -------------------------------
    /// Every existing document has one (an original is revision 1 of its own chain).
    std::optional<RevisionInfo> revisionInfo(DocumentId id) const;
    /// The documents of `id`'s chain, oldest first (just `id` when it has no revisions).
    QList<DocumentId> revisionChain(DocumentId id) const;
    /// The newest revision of `id`'s chain (`id` itself when it has none), or 0 when unknown.
    DocumentId latestRevision(DocumentId id) const;
    /// The stored re-anchoring audit of a revision; empty entries for an original.
    RevisionAudit revisionAudit(DocumentId revision) const;

    // ---- edits (each one undoable command, committed at once) -------------
    /// Adds an imported document; `original` are the file's bytes as read. Returns 0 on failure.
    DocumentId addDocument(const Document& doc, const QByteArray& original);
    bool removeDocument(DocumentId id);
    bool setDocumentMetadata(DocumentId id, const DocumentMetadata& meta);

    /// Creates an annotation over code points [start, end) with the given tags. Returns its id or 0.
    AnnotationId addAnnotation(DocumentId document, qint64 start, qint64 end, const QList<TagId>& tags,
                               const QString& note = {});
    /// Adds many annotations (document, start, end, tags and optional fields of each) in one
    /// transaction and one undo step; quotes are filled in. Returns their ids, or none on failure.
    QList<AnnotationId> addAnnotations(const QList<Annotation>& annotations);
    bool removeAnnotation(AnnotationId id);
    bool setAnnotationRange(AnnotationId id, qint64 start, qint64 end);
    bool setAnnotationTags(AnnotationId id, const QList<TagId>& tags);
    bool setAnnotationNote(AnnotationId id, const QString& note); // consecutive edits merge
    bool setVerdict(AnnotationId id, const QString& verdict);
    bool setRationale(AnnotationId id, const QString& rationale); // consecutive edits merge
    bool setSpeaker(AnnotationId id, EntityId speaker);
    bool addEvidence(AnnotationId id, const EvidenceLink& link);
    bool removeEvidence(AnnotationId id, qint64 evidenceId);

    TagId addTag(const Tag& tag);
    bool updateTag(const Tag& tag); // name, colour, parent, shortcut, description
    bool removeTag(TagId id); // also removes it from annotations; undo restores both

    EntityId addEntity(const Entity& entity);
    bool updateEntity(const Entity& entity);
    /// The entity with this name or alias, created if there is none.
    EntityId ensureEntity(const QString& name);

    LinkId addLink(AnnotationId from, AnnotationId to, LinkKind kind);
    bool removeLink(LinkId id);

    /// Creates a claim record anchored at these annotations (at least one, each not yet anchoring a
    /// claim). Its verdict, rationale, speaker and evidence start from the first anchor that has
    /// them; `title` defaults to the first anchor's quote. Returns its id or 0.
    ClaimId createClaim(const QList<AnnotationId>& anchors, const QString& title = {});
    bool removeClaim(ClaimId id); // the annotations stay
    bool addClaimAnchor(ClaimId id, AnnotationId annotation); // moves it from another claim if needed
    bool removeClaimAnchor(ClaimId id, AnnotationId annotation); // the annotation stays; the claim may become empty
    bool setClaimTitle(ClaimId id, const QString& title);
    bool setClaimVerdict(ClaimId id, const QString& verdict); // empty clears; else one of ratingScale()
    bool setClaimRationale(ClaimId id, const QString& rationale); // consecutive edits merge
    bool setClaimSpeaker(ClaimId id, EntityId speaker); // 0 clears
    bool addClaimEvidence(ClaimId id, const EvidenceLink& link);
    bool removeClaimEvidence(ClaimId id, qint64 evidenceId);

    /// Adds `doc` as the next revision of `of`'s chain (after its latest revision) and re-anchors
    /// every annotation of that latest revision onto the new text (see core/analysis/reanchor.h):
    /// copies are created in the new document, claim anchors follow them, and the audit is stored.
    /// One undo step. Returns the new document's id (and the audit) or 0.
    DocumentId addRevision(DocumentId of, const Document& doc, const QByteArray& original, RevisionAudit* audit = nullptr);

    bool setRatingScale(const QStringList& scale);
    bool setSetting(const QString& key, const QString& value);
    void setAnnotator(const QString& name); // recorded on new annotations; not an edit

Q_SIGNALS:
    void projectOpened();
    void projectClosed();
    void documentAdded(Crossread::DocumentId id);
    void documentRemoved(Crossread::DocumentId id);
    void documentChanged(Crossread::DocumentId id);
    void annotationAdded(Crossread::AnnotationId id, Crossread::DocumentId document);
    void annotationRemoved(Crossread::AnnotationId id, Crossread::DocumentId document);
    void annotationChanged(Crossread::AnnotationId id, Crossread::DocumentId document);
    void tagAdded(Crossread::TagId id);
    void tagRemoved(Crossread::TagId id);
    void tagChanged(Crossread::TagId id);
    void entitiesChanged();
    void claimAdded(Crossread::ClaimId id);
    void claimRemoved(Crossread::ClaimId id);
    /// Title, verdict, rationale, speaker, evidence or anchors changed through the claim API.
    /// Anchors also vanish and come back with their annotation (removeAnnotation, removeDocument
    /// and their undo): then only annotationRemoved/annotationAdded are emitted, so claim models
    /// re-read the claims of that document on those signals too.
    void claimChanged(Crossread::ClaimId id);
    /// A revision was added (after documentAdded of `revision`) or its addition undone (before documentRemoved).
    void revisionAdded(Crossread::DocumentId revision, Crossread::DocumentId previous);
    void revisionRemoved(Crossread::DocumentId revision, Crossread::DocumentId previous);
    void settingsChanged();
    /// A write failed and was rolled back; `message` is for the user.
    void writeFailed(const QString& message);

private:
    friend class StoreCommand;
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace Crossread
