// SPDX-License-Identifier: MIT
#include "matchtext.h"

#include "wordfold.h"

#include <QChar>
#include <QHash>
#include <QList>

#include <algorithm>

namespace Crossread::Matching {

namespace {

bool isWordChar(uint c)
{
    return QChar::isLetterOrNumber(char32_t(c)) || QChar::category(char32_t(c)) == QChar::Mark_NonSpacing;
}
bool isApostrophe(uint c)
{
    return c == u'\'' || c == 0x2019 || c == 0x02BC;
}
bool isSpace(uint c)
{
    return QChar::isSpace(char32_t(c));
}
bool isTerminal(uint c)
{
    return c == u'.' || c == u'!' || c == u'?' || c == 0x2026;
}
bool isCloser(uint c)
{
    return c == 0x201D || c == 0x2019 || c == u'"' || c == 0xBB || c == u')' || c == u']' || c == 0x201C;
}
bool isUpperStart(uint c)
{
    return QChar::isUpper(char32_t(c)) || QChar::isDigit(char32_t(c)) || c == 0x201C || c == u'"' || c == 0xAB
        || c == 0x201E || c == 0x2018;
}

// Quotations, outermost only. “…”, «…», „…“ pair by their own closers; straight quotes toggle.
std::vector<Span> findQuotations(const std::vector<uint>& cps)
{
    std::vector<Span> out;
    const qint64 n = qint64(cps.size());
    constexpr qint64 maxLength = 3000; // an unclosed mark must not swallow the rest of the text
    for (qint64 i = 0; i < n; ++i) {
        const uint c = cps[size_t(i)];
        uint closer = 0;
        if (c == 0x201C)
            closer = 0x201D;
        else if (c == 0xAB)
            closer = 0xBB;
        else if (c == 0x201E)
            closer = 0x201C;
        else if (c == u'"')
            closer = u'"';
        else
            continue;
        qint64 j = i + 1;
        const qint64 limit = std::min(n, i + maxLength);
        while (j < limit && cps[size_t(j)] != closer && !(closer == 0x201C && cps[size_t(j)] == 0x201D))
            ++j;
        if (j >= limit)
            continue;
        out.push_back({i + 1, j});
        i = j;
    }
    return out;
}

// Sentence ends: terminal punctuation (with closing quotes) before a capital, or a line break
// after terminal punctuation or after a short heading-like line. PDF text breaks lines and even
// leaves blank lines inside sentences, so a bare line break is not an end.
std::vector<Span> findSentences(const std::vector<uint>& cps)
{
    std::vector<Span> out;
    const qint64 n = qint64(cps.size());
    qint64 start = 0;
    qint64 lineStart = 0;
    auto nextNonSpace = [&](qint64 k) {
        while (k < n && isSpace(cps[size_t(k)]))
            ++k;
        return k;
    };
    auto close = [&](qint64 end) {
        qint64 s = nextNonSpace(start);
        qint64 e = end;
        while (e > s && isSpace(cps[size_t(e - 1)]))
            --e;
        if (e > s)
            out.push_back({s, e});
        start = end;
    };
    for (qint64 i = 0; i < n; ++i) {
        const uint c = cps[size_t(i)];
        if (isTerminal(c)) {
            qint64 j = i + 1;
            while (j < n && (isCloser(cps[size_t(j)]) || isTerminal(cps[size_t(j)])))
                ++j;
            if (j >= n) {
                close(n);
                i = n;
                break;
            }
            if (isSpace(cps[size_t(j)])) {
                const qint64 k = nextNonSpace(j);
                if (k >= n || isUpperStart(cps[size_t(k)])) {
                    close(j);
                    i = j - 1;
                }
            }
        } else if (c == u'\n') {
            qint64 p = i;
            while (p > start && isSpace(cps[size_t(p - 1)]))
                --p;
            const qint64 k = nextNonSpace(i);
            const bool afterTerminal = p > start && (isTerminal(cps[size_t(p - 1)]) || cps[size_t(p - 1)] == u':');
            const bool shortLine = (i - lineStart) < 60 && p > start && !isTerminal(cps[size_t(p - 1)])
                && QChar::isLetterOrNumber(char32_t(cps[size_t(p - 1)])) && k < n && isUpperStart(cps[size_t(k)]);
            if (p > start && (afterTerminal || shortLine))
                close(i);
            lineStart = i + 1;
        }
    }
    if (start < n)
        close(n);
    return out;
}

struct FoldedWord
{
    quint64 hash = 0;
    bool content = false;
};

// Folding (spelling, stemming) allocates several strings per word, and news text repeats its
// words: a per-thread memo of the case-folded surface form makes tokenizing a few times faster.
// Bounded, so a long-running worker thread does not grow without end.
const FoldedWord& foldCached(const QString& caseFolded)
{
    thread_local QHash<QString, FoldedWord> memo;
    if (const auto it = memo.constFind(caseFolded); it != memo.cend())
        return *it;
    if (memo.size() > 200000)
        memo.clear();
    const QString folded = foldWord(caseFolded);
    return *memo.insert(caseFolded, {wordHash(folded), !isStopWord(folded)});
}

} // namespace

QString foldedForm(QStringView surface)
{
    QString w = surface.toString().toCaseFolded();
    w.replace(QChar(0x2019), QLatin1Char('\'')).replace(QChar(0x02BC), QLatin1Char('\''));
    return foldWord(w);
}

quint64 wordHash(QStringView folded)
{
    // FNV-1a, 64 bit: stable across runs, unlike qHash with its seed.
    quint64 h = 1469598103934665603ULL;
    for (QChar ch : folded) {
        h ^= ch.unicode();
        h *= 1099511628211ULL;
    }
    return h;
}

MatchText MatchText::build(const QString& text)
{
    MatchText t;
    const QList<uint> ucs = text.toUcs4();
    t.codePoints.assign(ucs.cbegin(), ucs.cend());
    const std::vector<uint>& cps = t.codePoints;
    const qint64 n = qint64(cps.size());
    t.sentences = findSentences(cps);
    t.quotations = findQuotations(cps);

    size_t sentence = 0;
    QString surface;
    for (qint64 i = 0; i < n;) {
        if (!isWordChar(cps[size_t(i)])) {
            ++i;
            continue;
        }
        qint64 j = i;
        while (j < n && (isWordChar(cps[size_t(j)])
                         || (isApostrophe(cps[size_t(j)]) && j + 1 < n && isWordChar(cps[size_t(j + 1)]))))
            ++j;
        surface.clear();
        for (qint64 k = i; k < j; ++k) {
            const char32_t folded = QChar::toCaseFolded(char32_t(isApostrophe(cps[size_t(k)]) ? u'\'' : cps[size_t(k)]));
            surface.append(QStringView(QChar::fromUcs4(folded)));
        }
        const FoldedWord& folded = foldCached(surface);
        while (sentence + 1 < t.sentences.size() && t.sentences[sentence].end <= i)
            ++sentence;
        t.words.push_back({i, j, folded.hash, folded.content, int(sentence)});
        i = j;
    }

    // Units: every quotation with at least three words, and every sentence that holds no quotation.
    auto firstWordAt = [&](qint64 pos) {
        return int(std::lower_bound(t.words.begin(), t.words.end(), pos,
                                    [](const Word& w, qint64 p) { return w.start < p; })
                   - t.words.begin());
    };
    auto addUnit = [&](Span s, bool quoted) {
        while (s.start < s.end && isSpace(cps[size_t(s.start)]))
            ++s.start;
        while (s.end > s.start
               && (isSpace(cps[size_t(s.end - 1)]) || cps[size_t(s.end - 1)] == u',' || cps[size_t(s.end - 1)] == u';'
                   || cps[size_t(s.end - 1)] == u':'))
            --s.end;
        const int first = firstWordAt(s.start);
        const int end = firstWordAt(s.end);
        if (end - first >= 3)
            t.units.push_back({first, end, s, quoted});
    };
    size_t q = 0;
    for (const Span& s : t.sentences) {
        while (q < t.quotations.size() && t.quotations[q].end <= s.start)
            ++q;
        const bool holdsQuote = q < t.quotations.size() && t.quotations[q].start - 1 < s.end;
        if (!holdsQuote)
            addUnit(s, false);
    }
    for (const Span& s : t.quotations)
        addUnit(s, true);
    std::sort(t.units.begin(), t.units.end(), [](const Unit& a, const Unit& b) { return a.span.start < b.span.start; });
    return t;
}

QString MatchText::mid(qint64 start, qint64 end) const
{
    start = std::clamp<qint64>(start, 0, qint64(codePoints.size()));
    end = std::clamp<qint64>(end, start, qint64(codePoints.size()));
    return QString::fromUcs4(reinterpret_cast<const char32_t*>(codePoints.data() + start), end - start);
}

QString MatchText::wordText(int word) const
{
    return mid(words[size_t(word)].start, words[size_t(word)].end);
}

} // namespace Crossread::Matching
