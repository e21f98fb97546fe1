// SPDX-License-Identifier: MIT
#pragma once

#include "matching/statementcluster.h"
#include "store/types.h"

#include <QList>
#include <QString>

namespace Crossread {

/// Where one annotation of an old revision belongs in the new text.
struct ReanchorResult
{
    ReanchorStatus status = ReanchorStatus::Orphaned;
    qint64 start = -1; // code points of the new text; -1 when not attached
    qint64 end = -1;
    double confidence = 0.0;
    int candidates = 0;
};

/// Re-anchors annotations from one revision of a text to the next. In order:
/// 1. Exact: the quote is at the same code point position in the new text.
/// 2. Moved: the quote occurs elsewhere. Every occurrence is scored by how much of the stored
///    prefix and suffix (32 code points each) matches around it; the best one wins if it beats
///    the second by a clear margin (or is the only one). Several equally good occurrences are
///    Ambiguous and nothing is attached: a repeated phrase never captures an anchor by luck.
/// 3. Reworded: an approximate match (edit distance over characters, at most 35% of the quote, by
///    core/export/anchoring.h) of a quote of at least 12 code points, accepted when at least half
///    of the quote's words are in the match and its confidence ((1 − errors / quote length), lowered
///    a little when the context differs) is at least 0.6; when a second match elsewhere is as close
///    and the context cannot tell them apart it is Ambiguous; else Orphaned.
///
/// `oldText` (optional) lets a phrase that was unique before and is unique now move without
/// matching context; without it a lone occurrence needs matching context too.
class Reanchorer final
{
public:
    explicit Reanchorer(QString newText, QString oldText = {});
    ReanchorResult locate(const Annotation& annotation) const;
    /// One entry per annotation (the new annotation ids left 0), in the annotations' order.
    QList<ReanchorEntry> audit(const QList<Annotation>& annotations) const;

private:
    QString m_text;
    QString m_oldText;
};

/// The word diff of a reworded entry (old quote → new quote), from the matcher's word diff.
QList<WordDiffOp> reanchorDiff(const ReanchorEntry& entry);
/// "exact", "moved", "reworded", "ambiguous", "orphaned".
QString reanchorStatusName(ReanchorStatus status);
QString reanchorStatusLabel(ReanchorStatus status);

} // namespace Crossread
