// SPDX-License-Identifier: MIT
#include "reanchor.h"

#include "export/anchoring.h"
#include "matching/alignment.h"
#include "text/offsets.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace Crossread {

namespace {

/// Context that must agree (code points of prefix + suffix) before a repeated phrase may win.
constexpr qint64 MinContext = 8;
constexpr qint64 MinFuzzyQuote = 12;
constexpr double MinConfidence = 0.6;
constexpr double MinWordShare = 0.5;

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

/// How much of the stored prefix and suffix agrees with the text around [from, to) (UTF-16).
qint64 contextScore(const QString& text, qint64 from, qint64 to, const Annotation& a)
{
    const QStringView before = QStringView(text).left(from).right(a.prefix.size());
    const QStringView after = QStringView(text).mid(to, a.suffix.size());
    return commonSuffix(a.prefix, before) + commonPrefix(a.suffix, after);
}

/// The context needed to trust a candidate: MinContext, or all there is near the text's edges.
qint64 neededContext(const Annotation& a)
{
    return std::min<qint64>(MinContext, a.prefix.size() + a.suffix.size());
}

QSet<QString> words(QStringView text)
{
    QSet<QString> set;
    QString word;
    for (const QChar c : text) {
        if (c.isLetterOrNumber()) {
            word.append(c.toCaseFolded());
        } else if (!word.isEmpty()) {
            set.insert(word);
            word.clear();
        }
    }
    if (!word.isEmpty())
        set.insert(word);
    return set;
}

double wordShare(const QString& quote, QStringView match)
{
    const QSet<QString> q = words(quote);
    if (q.isEmpty())
        return 0.0;
    const QSet<QString> m = words(match);
    qsizetype shared = 0;
    for (const QString& w : q)
        shared += m.contains(w) ? 1 : 0;
    return double(shared) / double(q.size());
}

qsizetype countOccurrences(const QString& text, const QString& quote)
{
    qsizetype n = 0;
    for (qsizetype at = text.indexOf(quote); at >= 0 && n < 1000; at = text.indexOf(quote, at + 1))
        ++n;
    return n;
}

struct Occurrence
{
    qint64 from = 0; // UTF-16
    qint64 score = 0;
};

} // namespace

Reanchorer::Reanchorer(QString newText, QString oldText)
    : m_text(std::move(newText))
    , m_oldText(std::move(oldText))
{
}

ReanchorResult Reanchorer::locate(const Annotation& a) const
{
    ReanchorResult result;
    if (a.quote.isEmpty())
        return result;
    const OffsetMap map(m_text);
    const qint64 oldFrom = map.toUtf16(a.start);
    const qint64 quoteLength = a.quote.size();
    const qint64 needed = neededContext(a);

    QList<Occurrence> found;
    for (qint64 at = m_text.indexOf(a.quote); at >= 0 && found.size() < 10000; at = m_text.indexOf(a.quote, at + 1))
        found.append({at, contextScore(m_text, at, at + quoteLength, a)});
    if (!found.isEmpty()) {
        std::stable_sort(found.begin(), found.end(),
                         [](const Occurrence& x, const Occurrence& y) { return x.score > y.score; });
        const Occurrence& best = found.first();
        const qint64 second = found.size() > 1 ? found.at(1).score : -1;
        result.candidates = int(found.size());
        const auto attach = [&](qint64 from, ReanchorStatus status) {
            result.status = status;
            result.start = map.toCodePoint(from);
            result.end = map.toCodePoint(from + quoteLength);
            result.confidence = 1.0;
            return result;
        };
        // Same position, and no other occurrence agrees better with the context.
        const auto samePlace = std::find_if(found.cbegin(), found.cend(),
                                            [&](const Occurrence& o) { return o.from == oldFrom; });
        if (samePlace != found.cend() && samePlace->score >= best.score && (found.size() == 1 || samePlace->score >= needed))
            return attach(oldFrom, ReanchorStatus::Exact);
        // A clear winner by context.
        const qint64 margin = std::max<qint64>(4, best.score / 4);
        if (best.score >= needed && (second < 0 || best.score - second >= margin))
            return attach(best.from, ReanchorStatus::Moved);
        // A phrase unique in both versions is the same passage even if everything around it changed.
        if (found.size() == 1 && !m_oldText.isEmpty() && countOccurrences(m_oldText, a.quote) == 1)
            return attach(best.from, ReanchorStatus::Moved);
        result.status = ReanchorStatus::Ambiguous;
        result.confidence = found.size() > 1 ? 1.0 / double(found.size()) : 0.5;
        return result;
    }

    if (codePointLength(a.quote) < MinFuzzyQuote)
        return result; // short quotes match too much by chance: orphaned
    FuzzyLimits limits;
    limits.maxErrorRatio = 0.35;
    AnchorRequest request{-1, -1, a.quote, a.prefix, a.suffix};
    const AnchorResult first = anchorAnnotation(m_text, request, limits);
    if (first.method != AnchorResult::Method::Fuzzy)
        return result;
    const qint64 u0 = map.toUtf16(first.start);
    const qint64 u1 = map.toUtf16(first.end);
    const QStringView match = QStringView(m_text).mid(u0, u1 - u0);
    if (wordShare(a.quote, match) < MinWordShare)
        return result;
    const qint64 context = contextScore(m_text, u0, u1, a);
    const qint64 available = std::max<qint64>(1, a.prefix.size() + a.suffix.size());
    const double closeness = 1.0 - double(first.errors) / double(quoteLength);
    const double confidence = closeness * (0.85 + 0.15 * double(context) / double(available));
    if (confidence < MinConfidence)
        return result;
    result.candidates = 1;
    // Another place as close (a repeated, reworded phrase)? Mask the first match and search again.
    QString masked = m_text;
    for (qint64 i = u0; i < u1; ++i)
        masked[i] = QChar(0xFFFC);
    const AnchorResult other = anchorAnnotation(masked, request, limits);
    if (other.method == AnchorResult::Method::Fuzzy && other.errors <= first.errors + 1) {
        const qint64 v0 = map.toUtf16(other.start);
        const qint64 v1 = map.toUtf16(other.end);
        const qint64 otherContext = contextScore(m_text, v0, v1, a);
        if (wordShare(a.quote, QStringView(m_text).mid(v0, v1 - v0)) >= MinWordShare) {
            result.candidates = 2;
            if (context < needed || context - otherContext < std::max<qint64>(4, context / 4)) {
                result.status = ReanchorStatus::Ambiguous;
                result.confidence = confidence / 2;
                return result;
            }
        }
    }
    result.status = ReanchorStatus::Reworded;
    result.start = first.start;
    result.end = first.end;
    result.confidence = confidence;
    return result;
}

QList<ReanchorEntry> Reanchorer::audit(const QList<Annotation>& annotations) const
{
    QList<ReanchorEntry> entries;
    entries.reserve(annotations.size());
    for (const Annotation& a : annotations) {
        const ReanchorResult r = locate(a);
        ReanchorEntry e;
        e.oldAnnotation = a.id;
        e.status = r.status;
        e.confidence = r.confidence;
        e.candidates = r.candidates;
        e.oldStart = a.start;
        e.oldEnd = a.end;
        e.oldQuote = a.quote;
        if (r.start >= 0) {
            e.newStart = r.start;
            e.newEnd = r.end;
            e.newQuote = codePointMid(m_text, r.start, r.end);
        }
        entries.append(e);
    }
    return entries;
}

QList<WordDiffOp> reanchorDiff(const ReanchorEntry& entry)
{
    if (entry.newQuote.isEmpty())
        return {};
    return Matching::wordDiff(entry.oldQuote, entry.newQuote);
}

QString reanchorStatusName(ReanchorStatus status)
{
    switch (status) {
    case ReanchorStatus::Exact: return QStringLiteral("exact");
    case ReanchorStatus::Moved: return QStringLiteral("moved");
    case ReanchorStatus::Reworded: return QStringLiteral("reworded");
    case ReanchorStatus::Ambiguous: return QStringLiteral("ambiguous");
    case ReanchorStatus::Orphaned: return QStringLiteral("orphaned");
    }
    return {};
}

QString reanchorStatusLabel(ReanchorStatus status)
{
    switch (status) {
    case ReanchorStatus::Exact: return QCoreApplication::translate("Crossread::Reanchor", "unchanged");
    case ReanchorStatus::Moved: return QCoreApplication::translate("Crossread::Reanchor", "moved");
    case ReanchorStatus::Reworded: return QCoreApplication::translate("Crossread::Reanchor", "reworded");
    case ReanchorStatus::Ambiguous: return QCoreApplication::translate("Crossread::Reanchor", "ambiguous");
    case ReanchorStatus::Orphaned: return QCoreApplication::translate("Crossread::Reanchor", "orphaned");
    }
    return {};
}

} // namespace Crossread
