// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QColor>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <algorithm>

namespace Crossread {

// Row ids of the project file. 0 means "none".
using DocumentId = qint64;
using TagId = qint64;
using AnnotationId = qint64;
using EntityId = qint64;
using LinkId = qint64;
using ClaimId = qint64;

/// Metadata of a document that the user may edit after import.
struct DocumentMetadata
{
    QString title;
    QString outlet;
    QString author;
    QDate published; // invalid when unknown
    QString url;
    QString language; // BCP 47 code, e.g. "en", "ru", "ko"

    bool operator==(const DocumentMetadata&) const = default;
};

/// An imported article. `text` is the immutable stored text that every offset counts in.
struct Document
{
    DocumentId id = 0;
    DocumentMetadata meta;
    QString originalFileName;
    QString encoding; // as detected on import, e.g. "UTF-8", "WINDOWS-1251"
    QString importNotes; // what import did (repairs applied, replacement characters…)
    QDateTime importedAt;
    QByteArray sha256; // of the original bytes, raw 32 bytes
    QString text; // empty in list queries; filled by ProjectStore::document()
    qint64 length = 0; // length of text in code points
    int annotationCount = 0;
};

/// A tag; the three built-ins (Claim, Attribution, Unverified) exist in every project.
struct Tag
{
    TagId id = 0;
    QString name;
    QColor color;
    TagId parent = 0;
    QString shortcut; // a single key such as "1", or empty
    QString description;
    QString builtin; // "claim", "attribution", "unverified" or empty for user tags

    bool operator==(const Tag&) const = default;
};

struct EvidenceLink
{
    qint64 id = 0;
    QString url;
    QString title;
    QDate accessed;

    bool operator==(const EvidenceLink&) const = default;
};

/// A person or organisation that speaks or is quoted.
struct Entity
{
    EntityId id = 0;
    QString name;
    QString role;
    QStringList aliases;

    bool operator==(const Entity&) const = default;
};

/// An annotated passage. `start`/`end` count Unicode code points of the stored text, end excluded.
struct Annotation
{
    AnnotationId id = 0;
    DocumentId document = 0;
    qint64 start = 0;
    qint64 end = 0;
    // TextQuoteSelector kept beside the position so the anchor can be verified and re-anchored.
    QString quote;
    QString prefix;
    QString suffix;
    QList<TagId> tags;
    QString note;
    QString annotator;
    QDateTime created;
    QDateTime modified;
    QString verdict; // one of the project's rating scale, or empty
    QString rationale;
    EntityId speaker = 0;
    QList<EvidenceLink> evidence;
    bool orphaned = false; // the stored quote no longer matches the text at [start, end)
};

enum class LinkKind { SameStatement, Supports, Contradicts };

struct AnnotationLink
{
    LinkId id = 0;
    AnnotationId from = 0;
    AnnotationId to = 0;
    LinkKind kind = LinkKind::SameStatement;
};

/// One document's rendering of a claim record: an annotation, which keeps its own range and quote.
struct ClaimAnchor
{
    AnnotationId annotation = 0;
    DocumentId document = 0;
    qint64 start = 0; // code points of that document's text, end excluded
    qint64 end = 0;
    QString quote;

    bool operator==(const ClaimAnchor&) const = default;
};

/// A statement checked once and anchored in every document that carries it. The verdict,
/// rationale and evidence belong to the claim and are shown on each anchor; an annotation is an
/// anchor of at most one claim.
struct ClaimRecord
{
    ClaimId id = 0;
    QString title; // short label; the first anchor's quote when created without one
    EntityId speaker = 0;
    QString verdict; // one of the project's rating scale, or empty
    QString rationale;
    QList<EvidenceLink> evidence;
    QList<ClaimAnchor> anchors; // in the order they were added; anchors of removed annotations are absent
    QDateTime created;
    QDateTime modified;

    bool operator==(const ClaimRecord&) const = default;
};

/// Where a document stands in its chain of revisions. Every document has one: an original is
/// revision 1 of its own chain (revisionOf 0, root = itself).
struct RevisionInfo
{
    DocumentId document = 0;
    DocumentId revisionOf = 0; // the revision before this one, or 0
    DocumentId root = 0; // the chain's first document
    int number = 1; // 1, 2, 3… along the chain
    QDateTime importedAt;
    DocumentId newer = 0; // the revision after this one, or 0 when this is the latest

    bool operator==(const RevisionInfo&) const = default;
};

/// How one annotation fared when a document was replaced by a newer revision.
enum class ReanchorStatus {
    Exact, // the quote is still at the same position
    Moved, // the same quote, found elsewhere (by the quote and its prefix/suffix)
    Reworded, // an approximate match: the new wording is attached, with a confidence
    Ambiguous, // the quote occurs several times and the context cannot tell which: not attached
    Orphaned, // not found: not attached
};

/// One line of a revision's re-anchoring audit. Nothing is dropped silently: every annotation of
/// the previous revision has exactly one entry.
struct ReanchorEntry
{
    AnnotationId oldAnnotation = 0; // in the previous revision
    AnnotationId newAnnotation = 0; // its copy in the new revision; 0 when ambiguous or orphaned
    ReanchorStatus status = ReanchorStatus::Orphaned;
    double confidence = 0.0; // 1 for Exact and Moved; 0..1 for Reworded; the best candidate's for Ambiguous
    int candidates = 0; // places the quote was found (more than 1 when Ambiguous)
    qint64 oldStart = 0;
    qint64 oldEnd = 0;
    qint64 newStart = -1; // -1 when not attached
    qint64 newEnd = -1;
    QString oldQuote;
    QString newQuote; // the text now covered; empty when not attached

    bool operator==(const ReanchorEntry&) const = default;
};

/// The re-anchoring audit stored with a revision.
struct RevisionAudit
{
    DocumentId revision = 0;
    DocumentId previous = 0;
    QList<ReanchorEntry> entries; // ordered by the old annotation's position

    int count(ReanchorStatus status) const
    {
        return int(std::count_if(entries.cbegin(), entries.cend(),
                                 [status](const ReanchorEntry& e) { return e.status == status; }));
    }
};

} // namespace Crossread

Q_DECLARE_METATYPE(Crossread::Annotation)
Q_DECLARE_METATYPE(Crossread::Tag)
Q_DECLARE_METATYPE(Crossread::ClaimRecord)
Q_DECLARE_METATYPE(Crossread::RevisionAudit)
