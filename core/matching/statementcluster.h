// SPDX-License-Identifier: MIT
#pragma once

#include "store/types.h"

#include <QDate>
#include <QList>
#include <QMetaType>
#include <QString>

namespace Crossread {

/// A document as the matcher sees it: a copy of its stored text and what orders and labels it.
struct MatchDocument
{
    DocumentId id = 0;
    QString text;
    QDate published; // invalid when unknown: sorts after every dated document
    QString outlet;
    QString title;
};

/// One run of words in a word-level diff of a rendering against the earliest one.
struct WordDiffOp
{
    enum class Kind { Same, Added, Removed }; // Added: only in this rendering; Removed: only in the earliest
    Kind kind = Kind::Same;
    QString text; // the words as written, separated by single spaces

    bool operator==(const WordDiffOp&) const = default;
};

/// One rendering of a statement: a passage of one document.
struct ClusterMember
{
    DocumentId document = 0;
    qint64 start = 0; // code points, end excluded
    qint64 end = 0;
    QString text;
    bool quoted = false; // inside quotation marks in its document
    QString speaker; // from nearby attribution, or empty
    QDate published;
    QString outlet;
    QString title;
    QList<WordDiffOp> diff; // against the cluster's first member; empty for the first member itself
};

/// Where a passage is: what the main window scrolls each open column to.
struct PassageLocation
{
    DocumentId document = 0;
    qint64 start = 0; // code points, end excluded
    qint64 end = 0;

    bool operator==(const PassageLocation&) const = default;
};

/// Passages in different documents that render the same statement, earliest rendering first.
struct StatementCluster
{
    int id = 0; // stable while the matcher lives; not stored in the project
    QString speaker; // the most common speaker of the members, or empty
    QList<ClusterMember> members;

    /// Distinct documents among the members.
    int documentCount() const;
};

} // namespace Crossread

Q_DECLARE_METATYPE(Crossread::StatementCluster)
Q_DECLARE_METATYPE(Crossread::WordDiffOp)
Q_DECLARE_METATYPE(Crossread::PassageLocation)
