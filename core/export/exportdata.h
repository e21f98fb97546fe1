// SPDX-License-Identifier: MIT
#pragma once

#include "analysis/coveragematrix.h"
#include "analysis/timeline.h"
#include "store/builtins.h"
#include "store/types.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Crossread {

class ProjectStore;

/// Options shared by every exporter.
struct ExportOptions
{
    /// "Now" as the exporters see it. Tests inject a fixed time so golden files stay stable;
    /// an invalid value means the current time.
    QDateTime now;
    /// CSV only: start with a UTF-8 byte order mark so spreadsheet programs detect the encoding.
    bool bom = false;

    QDateTime effectiveNow() const { return now.isValid() ? now.toUTC() : QDateTime::currentDateTimeUtc(); }
};

/// A read-only snapshot of what the exporters need, taken from the store's public queries only.
///
/// Taking it once keeps every exporter free of store round trips and gives them one consistent
/// view, even if the project changes while a long export is being written.
struct ExportData
{
    QList<Document> documents; // with text, in the store's order
    QHash<DocumentId, QList<Annotation>> annotations; // per document, ordered by start, end
    QHash<TagId, Tag> tags;
    QList<Tag> tagOrder;
    QHash<EntityId, Entity> entities;
    QHash<AnnotationId, QList<AnnotationLink>> links;
    QStringList ratingScale;
    QString organizationName;
    QString organizationUrl;
    QString reviewUrl;
    QString projectName;
    /// The language of the built-ins' labels in reports, CSV and ClaimReview's alternateName
    /// (project setting "report.language"; empty: the UI language). Machine-read fields carry keys.
    Builtins::Labels labels;
    // Claim records across documents (issue #9); the matrix and timeline are built only when
    // there are claims, since they scan every document's cues.
    QList<ClaimRecord> claims;
    CoverageMatrix matrix;
    Timeline timeline;

    static ExportData fromStore(const ProjectStore& store);

    const Document* document(DocumentId id) const;
    /// Tag labels in the report language (a name the user gave is kept as written).
    QStringList tagNames(const Annotation& a) const;
    QString tagLabel(const Tag& tag) const;
    /// Tag keys: a built-in's key ("claim"), a user tag's name as written.
    QStringList tagKeys(const Annotation& a) const;
    static QString tagKey(const Tag& tag);
    /// A verdict's label in the report language (a key's translation, a literal as is).
    QString verdictLabel(const QString& verdict) const { return labels.rating(verdict); }
    QString speakerName(const Annotation& a) const;
    int annotationCount() const;
};

/// The URI that names a document in exports: its http(s) URL, else `urn:sha256:` of the original bytes.
QString documentSourceUri(const Document& doc);
/// `urn:sha256:HEX` of the original bytes.
QString documentHashUri(const Document& doc);
/// A stable `urn:uuid:` for an annotation: the same annotation gets the same id on every export.
QString annotationUri(const Document& doc, const Annotation& a);
/// UTC, ISO 8601 with milliseconds and a Z, as xsd:dateTime wants it.
QString isoDateTime(const QDateTime& t);

} // namespace Crossread
