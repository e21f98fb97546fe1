// SPDX-License-Identifier: MIT
#pragma once

#include "store/types.h"

#include <QDate>
#include <QList>
#include <QString>

namespace Crossread {

class ProjectStore;

/// One outlet's appearance on the timeline of a claim.
struct TimelineAppearance
{
    DocumentId document = 0;
    QString outlet;
    QDate published; // invalid when unknown
    int daysAfterFirst = -1; // -1 when undated
};

/// When each outlet carried one claim record.
struct ClaimTimeline
{
    ClaimId claim = 0;
    QString label;
    QString verdict;
    QList<TimelineAppearance> appearances; // dated ones by date (first = who said it first), then undated
    /// The first dated appearance, or nullptr when every appearance is undated.
    const TimelineAppearance* first() const;
    QList<TimelineAppearance> followers() const; // dated appearances after the first
    QList<TimelineAppearance> undated() const;
};

/// Claim records and documents on a time axis by publication date. Only the latest revision of
/// each document counts; an outlet that carries a claim in several documents appears once, with
/// its earliest one.
struct Timeline
{
    struct Entry
    {
        DocumentId document = 0;
        QString title;
        QString outlet;
        QDate published;
    };
    QList<Entry> documents; // dated, by date then title
    QList<Entry> undatedDocuments; // shown apart
    QList<ClaimTimeline> claims; // by first appearance, claims with no dated appearance last
    QDate start; // earliest and latest date on the axis; invalid when nothing is dated
    QDate end;

    static Timeline build(const ProjectStore& store);
};

} // namespace Crossread
