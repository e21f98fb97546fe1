// SPDX-License-Identifier: MIT
#include "anchoring.h"

#include "text/offsets.h"

#include <QElapsedTimer>

#include <algorithm>
#include <vector>

namespace Crossread {

namespace {

qint64 commonSuffix(QStringView a, QStringView b)
{
    qint64 n = 0;
    while (n < a.size() && n < b.size() && a[a.size() - 1 - n] == b[b.size() - 1 - n])
        ++n;
    return n;
}

qint64 commonPrefix(QStringView a, QStringView b)
{
    qint64 n = 0;
    while (n < a.size() && n < b.size() && a[n] == b[n])
        ++n;
    return n;
}

/// Context agreement of a candidate [from, to) (UTF-16) with the stored prefix and suffix.
qint64 contextScore(const QString& text, qint64 from, qint64 to, const AnchorRequest& r)
{
    const QStringView before = QStringView(text).left(from).right(r.prefix.size());
    const QStringView after = QStringView(text).mid(to, r.suffix.size());
    return commonSuffix(r.prefix, before) + commonPrefix(r.suffix, after);
}

struct Candidate
{
    qint64 from = -1; // UTF-16
    qint64 to = -1;
    int errors = 0;
};

Candidate findByQuote(const QString& text, const AnchorRequest& r, qint64 hint)
{
    Candidate best;
    qint64 bestScore = -1;
    int examined = 0;
    for (qint64 at = text.indexOf(r.exact); at >= 0 && examined < 100000; at = text.indexOf(r.exact, at + 1), ++examined) {
        const qint64 score = contextScore(text, at, at + r.exact.size(), r);
        const bool better = score > bestScore
                            || (score == bestScore && hint >= 0 && std::abs(at - hint) < std::abs(best.from - hint));
        if (better) {
            bestScore = score;
            best = {at, at + r.exact.size(), 0};
        }
    }
    return best;
}

/// Sellers' approximate substring search (edit distance, free start and end in the text),
/// carrying each cell's start column so the match's extent comes out without a traceback.
Candidate findFuzzy(const QString& text, const AnchorRequest& r, qint64 hint, const FuzzyLimits& limits)
{
    const QStringView pattern(r.exact);
    const qint64 m = pattern.size();
    if (m == 0 || m > limits.maxQuoteLength)
        return {};
    const int maxErrors = std::max(1, int(double(m) * limits.maxErrorRatio));
    // Search a window around the old position when the whole text would exceed the cell budget.
    qint64 windowLength = std::min<qint64>(text.size(), std::max<qint64>(m, limits.maxCells / m));
    qint64 from = 0;
    if (windowLength < text.size()) {
        const qint64 centre = hint >= 0 ? hint : 0;
        from = std::clamp<qint64>(centre - windowLength / 2, 0, text.size() - windowLength);
    }
    const QStringView window = QStringView(text).mid(from, windowLength);

    std::vector<int> prev(size_t(m) + 1), cur(size_t(m) + 1);
    std::vector<qint64> prevStart(size_t(m) + 1), curStart(size_t(m) + 1);
    for (qint64 i = 0; i <= m; ++i) {
        prev[size_t(i)] = int(i);
        prevStart[size_t(i)] = 0;
    }
    Candidate best;
    best.errors = maxErrors + 1;
    QElapsedTimer timer;
    timer.start();
    for (qint64 j = 1; j <= window.size(); ++j) {
        if ((j & 1023) == 0 && timer.elapsed() > limits.timeBudgetMs)
            return {};
        cur[0] = 0;
        curStart[0] = j;
        const QChar t = window[j - 1];
        for (qint64 i = 1; i <= m; ++i) {
            const size_t k = size_t(i);
            int cost = prev[k - 1] + (pattern[i - 1] == t ? 0 : 1);
            qint64 start = prevStart[k - 1];
            if (prev[k] + 1 < cost) { // the text has an extra character
                cost = prev[k] + 1;
                start = prevStart[k];
            }
            if (cur[k - 1] + 1 < cost) { // the text lacks a pattern character
                cost = cur[k - 1] + 1;
                start = curStart[k - 1];
            }
            cur[k] = cost;
            curStart[k] = start;
        }
        const int errors = cur[size_t(m)];
        const qint64 s = curStart[size_t(m)] + from;
        const qint64 e = j + from;
        // Fewest edits first; then nearest the old position; then the length closest to the quote's,
        // so "ever." against "ever!" takes the "!" rather than stopping before it.
        const qint64 distance = hint >= 0 ? std::abs(s - hint) : 0;
        const qint64 bestDistance = hint >= 0 ? std::abs(best.from - hint) : 0;
        const bool better = errors < best.errors
                            || (errors == best.errors
                                && (distance < bestDistance
                                    || (distance == bestDistance && std::abs(e - s - m) < std::abs(best.to - best.from - m))));
        if (errors <= maxErrors && e > s && better)
            best = {s, e, errors};
        std::swap(prev, cur);
        std::swap(prevStart, curStart);
    }
    return best.from >= 0 ? best : Candidate{};
}

} // namespace

AnchorResult anchorAnnotation(const QString& text, const AnchorRequest& request, const FuzzyLimits& limits)
{
    const OffsetMap map(text);
    const qint64 length = map.codePointLength();
    const bool hasPosition = request.start >= 0 && request.end > request.start && request.end <= length;
    if (hasPosition) {
        const qint64 u0 = map.toUtf16(request.start);
        const qint64 u1 = map.toUtf16(request.end);
        if (request.exact.isEmpty() || QStringView(text).mid(u0, u1 - u0) == request.exact)
            return {AnchorResult::Method::Position, request.start, request.end, 0};
    }
    if (request.exact.isEmpty())
        return {};
    const qint64 hint = request.start >= 0 ? map.toUtf16(std::min(request.start, length)) : -1;
    const auto result = [&](const Candidate& c, AnchorResult::Method method) {
        return AnchorResult{method, map.toCodePoint(c.from), map.toCodePoint(c.to), c.errors};
    };
    if (const Candidate c = findByQuote(text, request, hint); c.from >= 0)
        return result(c, AnchorResult::Method::Quote);
    if (const Candidate c = findFuzzy(text, request, hint, limits); c.from >= 0) {
        AnchorResult r = result(c, AnchorResult::Method::Fuzzy);
        // A match ending inside a surrogate pair would cut a character in half.
        if (c.to < text.size() && text[c.to].isLowSurrogate())
            r.end = std::min(length, r.end + 1);
        return r;
    }
    return {};
}

} // namespace Crossread
