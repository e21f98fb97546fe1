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

namespace Crossread {

// Row ids of the project file. 0 means "none".
using DocumentId = qint64;
using TagId = qint64;
using AnnotationId = qint64;
using EntityId = qint64;
using LinkId = qint64;

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

} // namespace Crossread

Q_DECLARE_METATYPE(Crossread::Annotation)
Q_DECLARE_METATYPE(Crossread::Tag)
