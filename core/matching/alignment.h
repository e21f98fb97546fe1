// SPDX-License-Identifier: MIT
#pragma once

#include "statementcluster.h"

#include <QList>
#include <vector>

namespace Crossread::Matching {

struct MatchText;

/// The result of a local alignment: aligned word ranges [aBegin, aEnd) and [bBegin, bEnd).
struct Alignment
{
    int aBegin = 0, aEnd = 0, bBegin = 0, bEnd = 0;
    int score = 0;
    int matchedContent = 0; // content words aligned to an equal word
    bool valid() const { return aEnd > aBegin && bEnd > bBegin; }
};

/// Smith-Waterman over words (hashes of folded forms): content match +3, stop-word match +1,
/// mismatch −1, gap −1. At most `cellCap` cells are filled: longer pairs are cut to a window
/// around their shared words first, so a pathological pair costs bounded time and memory.
Alignment alignWords(const MatchText& a, int aFirst, int aEnd, const MatchText& b, int bFirst, int bEnd,
                     qint64 cellCap = 250000);

/// Word-level diff of `text` against `base` (LCS on folded words; surface words reported).
QList<WordDiffOp> wordDiff(const QString& base, const QString& text);
/// The same against a base tokenized once (a cluster diffs every rendering against one base).
QList<WordDiffOp> wordDiff(const MatchText& base, const QString& text);

} // namespace Crossread::Matching
