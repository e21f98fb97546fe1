// SPDX-License-Identifier: MIT
#include "prominence.h"

#include "text/offsets.h"

namespace Crossread {

namespace {

constexpr int LedeMinWords = 12;
constexpr int TitleMaxWords = 25;
constexpr int TitleMinWords = 5;

bool isLineBreak(QChar c)
{
    return c == u'\n' || c == u'\r' || c == QChar(0x2028) || c == QChar(0x2029);
}

/// Case-folded words (letters and digits), punctuation dropped.
QStringList foldedWords(QStringView text)
{
    QStringList list;
    QString word;
    for (const QChar c : text) {
        if (c.isLetterOrNumber()) {
            word.append(c.toCaseFolded());
        } else if (!word.isEmpty()) {
            list.append(word);
            word.clear();
        }
    }
    if (!word.isEmpty())
        list.append(word);
    return list;
}

bool isTitleParagraph(QStringView paragraph, const QString& title)
{
    const QStringList words = foldedWords(paragraph);
    const QStringList titleWords = foldedWords(title);
    if (!titleWords.isEmpty() && words == titleWords)
        return true;
    const QStringView trimmed = paragraph.trimmed();
    if (trimmed.isEmpty() || words.size() > TitleMaxWords)
        return false;
    const QChar last = trimmed.back();
    if (last == u'.' || last == u'!' || last == u'?' || last == u':')
        return false;
    // A file-name title rarely equals the headline, so a headline-shaped first line counts too;
    // datelines ("Kiev, May 1, 2025") are too short to pass.
    return words.size() >= TitleMinWords || (!titleWords.isEmpty() && words.join(u' ').contains(titleWords.join(u' ')));
}

} // namespace

QString prominenceName(Prominence p)
{
    switch (p) {
    case Prominence::Headline: return QStringLiteral("headline");
    case Prominence::FirstParagraph: return QStringLiteral("first-paragraph");
    case Prominence::Body: return QStringLiteral("body");
    case Prominence::LastThird: return QStringLiteral("last-third");
    }
    return {};
}

QString prominenceLabel(Prominence p)
{
    switch (p) {
    case Prominence::Headline: return QCoreApplication::translate("Crossread::Prominence", "Headline");
    case Prominence::FirstParagraph: return QCoreApplication::translate("Crossread::Prominence", "First paragraph");
    case Prominence::Body: return QCoreApplication::translate("Crossread::Prominence", "Body");
    case Prominence::LastThird: return QCoreApplication::translate("Crossread::Prominence", "Last third");
    }
    return {};
}

TextLayout TextLayout::of(const QString& text, const QString& title)
{
    TextLayout layout;
    const OffsetMap map(text);
    // Paragraphs in UTF-16 first, converted to code points at the end.
    QList<QPair<qsizetype, qsizetype>> spans;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i == text.size() || isLineBreak(text[i])) {
            if (!QStringView(text).mid(start, i - start).trimmed().isEmpty())
                spans.append({start, i});
            start = i + 1;
        }
    }
    for (const auto& [from, to] : spans)
        layout.paragraphs.append({map.toCodePoint(from), map.toCodePoint(to)});
    if (spans.isEmpty())
        return layout;
    int next = 0;
    if (spans.size() > 1 && isTitleParagraph(QStringView(text).mid(spans[0].first, spans[0].second - spans[0].first), title)) {
        layout.titleParagraph = 0;
        next = 1;
    }
    for (int i = next; i < spans.size(); ++i) {
        if (foldedWords(QStringView(text).mid(spans[i].first, spans[i].second - spans[i].first)).size() >= LedeMinWords) {
            layout.firstParagraph = i;
            break;
        }
    }
    const int bodyFirst = layout.firstParagraph >= 0 ? layout.firstParagraph : next;
    layout.bodyStart = bodyFirst < layout.paragraphs.size() ? layout.paragraphs[bodyFirst].start : 0;
    layout.bodyEnd = layout.paragraphs.last().end;
    layout.lastThirdStart = layout.bodyStart + (layout.bodyEnd - layout.bodyStart) * 2 / 3;
    return layout;
}

int TextLayout::paragraphAt(qint64 pos) const
{
    for (int i = 0; i < paragraphs.size(); ++i) {
        if (pos >= paragraphs[i].start && pos < paragraphs[i].end)
            return i;
        if (paragraphs[i].start > pos)
            break;
    }
    return -1;
}

Prominence TextLayout::classify(qint64 start, qint64 end) const
{
    if (titleParagraph >= 0) {
        const Span& t = paragraphs[titleParagraph];
        if (start < t.end && end > t.start)
            return Prominence::Headline;
    }
    if (firstParagraph >= 0) {
        const Span& lede = paragraphs[firstParagraph];
        if (start >= lede.start && start < lede.end)
            return Prominence::FirstParagraph;
    }
    if (start >= lastThirdStart && bodyEnd > bodyStart)
        return Prominence::LastThird;
    return Prominence::Body;
}

Prominence prominenceOf(const QString& text, const QString& title, qint64 start, qint64 end)
{
    return TextLayout::of(text, title).classify(start, end);
}

} // namespace Crossread
