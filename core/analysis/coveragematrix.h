// SPDX-License-Identifier: MIT
#pragma once

#include "framing.h"
#include "prominence.h"
#include "store/types.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace Crossread {

class ProjectStore;

/// One cell: how one outlet carries one claim record (or quotes one speaker).
struct CoverageCell
{
    bool carried = false; // false: an omission
    Prominence prominence = Prominence::Body; // of the most prominent anchor
    FramingInfo framing; // of that anchor
    QString verdict; // the claim's verdict (claim rows); the anchor annotation's verdict (speaker rows)
    QList<AnnotationId> anchors; // every anchor annotation in this outlet's documents, most prominent first
    DocumentId document = 0; // of the most prominent anchor (what a click opens)
    qint64 start = 0;
    qint64 end = 0;
};

struct CoverageRow
{
    enum class Kind { Claim, Speaker };
    Kind kind = Kind::Claim;
    ClaimId claim = 0; // Claim rows
    EntityId speaker = 0; // Speaker rows; the claim's speaker on Claim rows
    QString label; // claim title, or the speaker's name
    QString verdict; // claim rows
    QList<CoverageCell> cells; // one per column
    int carriedCount() const;
};

/// The coverage matrix: outlets as columns, claim records then speakers as rows.
///
/// Columns are outlets (DocumentMetadata::outlet; a document without one is its own column named
/// by its title), ordered by their earliest publication date, undated last, then by name. Only the
/// latest revision of each document counts. Speaker rows list every entity that is the speaker
/// of a claim or of an annotation; a speaker cell is carried when an annotation with that speaker
/// lies in the outlet's documents.
class CoverageMatrix final
{
    Q_DECLARE_TR_FUNCTIONS(Crossread::CoverageMatrix)

public:
    QStringList outlets;
    QList<QList<DocumentId>> outletDocuments; // per column
    QList<CoverageRow> rows;

    static CoverageMatrix build(const ProjectStore& store);

    int columnCount() const { return int(outlets.size()); }
    /// CSV (RFC 4180, comma, CRLF): one row per matrix row; per outlet the columns "OUTLET"
    /// (yes/no), "OUTLET prominence" and "OUTLET framing"; then verdict and the omitted outlets.
    QString toCsv() const;
};

} // namespace Crossread
