// SPDX-License-Identifier: MIT
#include "searchengine.h"

#include "text/offsets.h"

namespace Crossread {

namespace {

bool isBreak(QChar c)
{
    return c.isSpace();
}

} // namespace

void makeSnippet(SearchHit& hit, const QString& text, int context)
{
    hit.snippet.clear();
    hit.snippetSpans.clear();
    if (hit.spans.isEmpty() || text.isEmpty())
        return;
    const OffsetMap map(text);
    const qsizetype firstStart = qsizetype(map.toUtf16(hit.spans.first().start));
    const qsizetype firstEnd = qsizetype(map.toUtf16(hit.spans.first().end));
    // Cut at a space near `context` units before the hit and after it, so no word is split.
    qsizetype from = std::max<qsizetype>(0, firstStart - context);
    if (from > 0) {
        qsizetype s = from;
        while (s < firstStart && !isBreak(text.at(s - 1)))
            ++s;
        if (s < firstStart)
            from = s;
    }
    qsizetype to = std::min<qsizetype>(text.size(), firstEnd + context * 2);
    if (to < text.size()) {
        qsizetype s = to;
        while (s > firstEnd && !isBreak(text.at(s)))
            --s;
        if (s > firstEnd)
            to = s;
    }
    // Never split a surrogate pair at either end.
    if (from > 0 && text.at(from).isLowSurrogate())
        --from;
    if (to < text.size() && text.at(to).isLowSurrogate())
        ++to;
    QString body = text.mid(from, to - from);
    for (QChar& c : body) {
        if (c == u'\n' || c == u'\r' || c == u'\t' || c == QChar::ParagraphSeparator || c == QChar::LineSeparator)
            c = u' '; // one for one, so positions stay valid
    }
    const QString lead = from > 0 ? QStringLiteral("…") : QString();
    hit.snippet = lead + body + (to < text.size() ? QStringLiteral("…") : QString());
    const qint64 fromCp = map.toCodePoint(from);
    const qint64 toCp = map.toCodePoint(to);
    const qint64 shift = lead.isEmpty() ? 0 : 1;
    for (const TextSpan& s : std::as_const(hit.spans)) {
        if (s.end <= fromCp || s.start >= toCp)
            continue;
        hit.snippetSpans.append({std::max(s.start, fromCp) - fromCp + shift, std::min(s.end, toCp) - fromCp + shift});
    }
}

} // namespace Crossread
