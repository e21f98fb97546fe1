// SPDX-License-Identifier: MIT
#include "alignment.h"

#include "matchtext.h"

#include <algorithm>
#include <unordered_set>

namespace Crossread::Matching {

namespace {

// Narrows [first, end) of `x` to the words between the first and last word that `other` shares,
// with some slack, so that a long unit facing a short one is aligned only where it can match.
void narrow(const MatchText& x, int& first, int& end, const std::unordered_set<quint64>& other, int slack)
{
    int lo = end, hi = first;
    for (int i = first; i < end; ++i) {
        if (x.words[size_t(i)].content && other.count(x.words[size_t(i)].hash)) {
            lo = std::min(lo, i);
            hi = std::max(hi, i + 1);
        }
    }
    if (lo >= hi)
        return;
    first = std::max(first, lo - slack);
    end = std::min(end, hi + slack);
}

std::unordered_set<quint64> contentHashes(const MatchText& x, int first, int end)
{
    std::unordered_set<quint64> s;
    for (int i = first; i < end; ++i) {
        if (x.words[size_t(i)].content)
            s.insert(x.words[size_t(i)].hash);
    }
    return s;
}

} // namespace

Alignment alignWords(const MatchText& a, int aFirst, int aEnd, const MatchText& b, int bFirst, int bEnd,
                     qint64 cellCap)
{
    if (qint64(aEnd - aFirst) * qint64(bEnd - bFirst) > cellCap) {
        narrow(a, aFirst, aEnd, contentHashes(b, bFirst, bEnd), 8);
        narrow(b, bFirst, bEnd, contentHashes(a, aFirst, aEnd), 8);
    }
    // Still too big: keep the beginnings. The cap is a promise about cost, not about quality.
    while (qint64(aEnd - aFirst) * qint64(bEnd - bFirst) > cellCap) {
        if (aEnd - aFirst > bEnd - bFirst)
            aEnd = aFirst + int(cellCap / std::max(1, bEnd - bFirst));
        else
            bEnd = bFirst + int(cellCap / std::max(1, aEnd - aFirst));
    }
    const int n = aEnd - aFirst;
    const int m = bEnd - bFirst;
    Alignment best;
    if (n <= 0 || m <= 0)
        return best;
    // Scores of the previous and current row; directions kept for the traceback (0 stop, 1 diag, 2 up, 3 left).
    std::vector<int> prev(size_t(m) + 1, 0), cur(size_t(m) + 1, 0);
    std::vector<quint8> dir(size_t(n + 1) * size_t(m + 1), 0);
    int bestI = 0, bestJ = 0;
    for (int i = 1; i <= n; ++i) {
        const Word& wa = a.words[size_t(aFirst + i - 1)];
        cur[0] = 0;
        for (int j = 1; j <= m; ++j) {
            const Word& wb = b.words[size_t(bFirst + j - 1)];
            const int diag = prev[size_t(j - 1)] + (wa.hash == wb.hash ? (wa.content ? 3 : 1) : -1);
            const int up = prev[size_t(j)] - 1;
            const int left = cur[size_t(j - 1)] - 1;
            int v = 0;
            quint8 d = 0;
            if (diag > v) { v = diag; d = 1; }
            if (up > v) { v = up; d = 2; }
            if (left > v) { v = left; d = 3; }
            cur[size_t(j)] = v;
            dir[size_t(i) * size_t(m + 1) + size_t(j)] = d;
            if (v > best.score) {
                best.score = v;
                bestI = i;
                bestJ = j;
            }
        }
        std::swap(prev, cur);
    }
    if (best.score == 0)
        return best;
    int i = bestI, j = bestJ;
    int matched = 0;
    while (i > 0 && j > 0) {
        const quint8 d = dir[size_t(i) * size_t(m + 1) + size_t(j)];
        if (d == 0)
            break;
        if (d == 1) {
            const Word& wa = a.words[size_t(aFirst + i - 1)];
            if (wa.content && wa.hash == b.words[size_t(bFirst + j - 1)].hash)
                ++matched;
            --i;
            --j;
        } else if (d == 2) {
            --i;
        } else {
            --j;
        }
    }
    best.aBegin = aFirst + i;
    best.aEnd = aFirst + bestI;
    best.bBegin = bFirst + j;
    best.bEnd = bFirst + bestJ;
    best.matchedContent = matched;
    return best;
}

QList<WordDiffOp> wordDiff(const QString& base, const QString& text)
{
    return wordDiff(MatchText::build(base), text);
}

QList<WordDiffOp> wordDiff(const MatchText& a, const QString& text)
{
    const MatchText b = MatchText::build(text);
    const int n = int(a.words.size());
    const int m = int(b.words.size());
    QList<WordDiffOp> ops;
    auto push = [&](WordDiffOp::Kind kind, const QString& word) {
        if (!ops.isEmpty() && ops.last().kind == kind)
            ops.last().text += QLatin1Char(' ') + word;
        else
            ops.append({kind, word});
    };
    // Common prefix and suffix first: renderings mostly differ in a few words, and it keeps
    // the quadratic table small.
    int pre = 0;
    while (pre < n && pre < m && a.words[size_t(pre)].hash == b.words[size_t(pre)].hash)
        ++pre;
    int suf = 0;
    while (suf < n - pre && suf < m - pre && a.words[size_t(n - 1 - suf)].hash == b.words[size_t(m - 1 - suf)].hash)
        ++suf;
    for (int k = 0; k < pre; ++k)
        push(WordDiffOp::Kind::Same, b.wordText(k));
    const int rn = n - pre - suf;
    const int rm = m - pre - suf;
    constexpr qint64 maxCells = 4'000'000;
    if (qint64(rn + 1) * qint64(rm + 1) > maxCells) {
        for (int k = pre; k < n - suf; ++k)
            push(WordDiffOp::Kind::Removed, a.wordText(k));
        for (int k = pre; k < m - suf; ++k)
            push(WordDiffOp::Kind::Added, b.wordText(k));
    } else {
        // lcs[i][j]: length of the LCS of a[pre+i..] and b[pre+j..].
        std::vector<int> lcs(size_t(rn + 1) * size_t(rm + 1), 0);
        auto at = [&](int i, int j) -> int& { return lcs[size_t(i) * size_t(rm + 1) + size_t(j)]; };
        for (int i = rn - 1; i >= 0; --i) {
            for (int j = rm - 1; j >= 0; --j) {
                at(i, j) = a.words[size_t(pre + i)].hash == b.words[size_t(pre + j)].hash
                    ? at(i + 1, j + 1) + 1
                    : std::max(at(i + 1, j), at(i, j + 1));
            }
        }
        int i = 0, j = 0;
        while (i < rn || j < rm) {
            if (i < rn && j < rm && a.words[size_t(pre + i)].hash == b.words[size_t(pre + j)].hash) {
                push(WordDiffOp::Kind::Same, b.wordText(pre + j));
                ++i;
                ++j;
            } else if (j < rm && (i >= rn || at(i, j + 1) >= at(i + 1, j))) {
                push(WordDiffOp::Kind::Added, b.wordText(pre + j));
                ++j;
            } else {
                push(WordDiffOp::Kind::Removed, a.wordText(pre + i));
                ++i;
            }
        }
    }
    for (int k = m - suf; k < m; ++k)
        push(WordDiffOp::Kind::Same, b.wordText(k));
    return ops;
}

} // namespace Crossread::Matching
