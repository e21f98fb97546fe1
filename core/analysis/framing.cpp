// SPDX-License-Identifier: MIT
#include "framing.h"

#include "cues/cuescanner.h"
#include "text/offsets.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Crossread {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Crossread", text);
}

// Anonymous sourcing is a kind of hedge the cue definition does not single out, so it is told
// apart here, by phrase.
const QRegularExpression& anonymousPattern()
{
    static const QRegularExpression re(
        QStringLiteral(R"(\b(?:(?:unnamed|anonymous|unidentified)\s+\w+|(?:a|one|two|several|some)\s+sources?|)"
                       R"(sources?\s+(?:said|say|says|told|close|familiar|with)|)"
                       R"(according\s+to\s+(?:sources|reports|media\s+reports|insiders|officials|intelligence)|)"
                       R"(people\s+familiar\s+with|officials\s+(?:said|say|who)|insiders?|diplomatic\s+sources?|)"
                       R"(intelligence\s+(?:sources|officials))\b)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

// Used as well as the hedge cues so framing still works when the cue definition is missing.
const QRegularExpression& hedgePattern()
{
    static const QRegularExpression re(
        QStringLiteral(R"(\b(?:reportedly|allegedly|purportedly|apparently|supposedly|it\s+is\s+(?:believed|reported|)"
                       R"(thought|claimed|alleged)|is\s+(?:said|believed|thought)\s+to|were\s+(?:said|believed)\s+to|)"
                       R"(was\s+(?:said|believed)\s+to|unconfirmed|unverified)\b)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

bool isBreak(QChar c)
{
    return c == u'\n' || c == u'\r' || c == QChar(0x2028) || c == QChar(0x2029);
}

bool endsSentence(const QString& text, qsizetype i)
{
    const QChar c = text[i];
    if (isBreak(c))
        return true;
    return (c == u'.' || c == u'!' || c == u'?') && i + 1 < text.size() && text[i + 1].isSpace();
}

/// The UTF-16 span of the sentence(s) around [from, to), `extra` sentences added on each side.
QPair<qsizetype, qsizetype> sentenceAround(const QString& text, qsizetype from, qsizetype to, int extra)
{
    qsizetype s = from;
    for (int k = 0; k <= extra; ++k) {
        if (k > 0 && s > 0)
            --s; // step over the previous sentence's end
        while (s > 0 && !endsSentence(text, s - 1))
            --s;
    }
    qsizetype e = std::max(to, from);
    for (int k = 0; k <= extra; ++k) {
        if (k > 0 && e < text.size())
            ++e;
        while (e < text.size() && !endsSentence(text, e))
            ++e;
    }
    return {s, std::min(e + 1, text.size())};
}

} // namespace

QString framingName(Framing f)
{
    switch (f) {
    case Framing::Direct: return QStringLiteral("direct");
    case Framing::Paraphrased: return QStringLiteral("paraphrased");
    case Framing::Anonymous: return QStringLiteral("anonymous");
    case Framing::Hedged: return QStringLiteral("hedged");
    }
    return {};
}

QString framingLabel(Framing f)
{
    switch (f) {
    case Framing::Direct: return tr("Quoted directly");
    case Framing::Paraphrased: return tr("Paraphrased");
    case Framing::Anonymous: return tr("Anonymous source");
    case Framing::Hedged: return tr("Hedged");
    }
    return {};
}

Framing FramingInfo::primary() const
{
    if (anonymous)
        return Framing::Anonymous;
    if (hedged)
        return Framing::Hedged;
    return quoted ? Framing::Direct : Framing::Paraphrased;
}

QString FramingInfo::summary() const
{
    QStringList parts{quoted ? tr("quoted") : tr("paraphrased")};
    if (anonymous)
        parts.append(tr("anonymous source"));
    else if (hedged)
        parts.append(tr("hedged"));
    return parts.join(QStringLiteral(" · "));
}

bool isAnonymousSourcePhrase(const QString& phrase)
{
    return anonymousPattern().match(phrase).hasMatch();
}

FramingInfo framingOf(const QString& text, const QList<Cue>& cues, qint64 start, qint64 end)
{
    FramingInfo info;
    const OffsetMap map(text);
    const qsizetype u0 = map.toUtf16(start);
    const qsizetype u1 = map.toUtf16(std::max(start, end));
    if (u1 <= u0)
        return info;
    // Letters of the passage inside quotation cues.
    qsizetype letters = 0, inside = 0;
    QList<QPair<qsizetype, qsizetype>> quotes;
    for (const Cue& c : cues) {
        if (c.kind == CueKind::Quotation && c.start < end && c.end > start)
            quotes.append({map.toUtf16(c.start), map.toUtf16(c.end)});
    }
    for (qsizetype i = u0; i < u1; ++i) {
        if (!text[i].isLetterOrNumber())
            continue;
        ++letters;
        for (const auto& [q0, q1] : std::as_const(quotes)) {
            if (i >= q0 && i < q1) {
                ++inside;
                break;
            }
        }
    }
    info.quoted = letters > 0 && inside * 2 >= letters;
    // A quotation's attribution often sits in the sentence before or after it.
    const auto [s0, s1] = sentenceAround(text, u0, u1, info.quoted ? 1 : 0);
    const QString sentence = text.mid(s0, s1 - s0);
    info.anonymous = anonymousPattern().match(sentence).hasMatch();
    const qint64 c0 = map.toCodePoint(s0), c1 = map.toCodePoint(s1);
    for (const Cue& c : cues) {
        if (c.kind == CueKind::Hedge && c.start < c1 && c.end > c0) {
            info.hedged = true;
            if (isAnonymousSourcePhrase(codePointMid(text, c.start, c.end)))
                info.anonymous = true;
        }
    }
    info.hedged = info.hedged || info.anonymous || hedgePattern().match(sentence).hasMatch();
    return info;
}

FramingInfo framingOf(const QString& text, qint64 start, qint64 end)
{
    CueScanner scanner;
    return framingOf(text, scanner.scan(text), start, end);
}

} // namespace Crossread
