// SPDX-License-Identifier: MIT
#include "textrepair.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace Crossread::Import {

namespace {

bool isClosing(QChar c)
{
    return c == u'"' || c == u'\'' || c == u')' || c == u']' || c == u'»' || c == u'”' || c == u'’' || c == u'’'
        || c == u'›';
}

bool endsSentence(const QString& line)
{
    qsizetype i = line.size() - 1;
    while (i >= 0 && isClosing(line.at(i)))
        --i;
    if (i < 0)
        return false;
    const QChar c = line.at(i);
    return c == u'.' || c == u'!' || c == u'?' || c == u':' || c == u';' || c == u'…' || c == u'。';
}

bool startsLower(const QString& line)
{
    for (const QChar c : line) {
        if (c.isLetter())
            return c.isLower();
        if (c.isDigit())
            return true; // "10,000 troops" continues a sentence as often as it starts one
        if (c != u'“' && c != u'"' && c != u'‘' && c != u'(' && c != u'«')
            return false;
    }
    return false;
}

bool endsWithHyphenatedWord(const QString& line)
{
    return line.size() >= 2 && (line.back() == u'-' || line.back() == QChar(0x00AD)) && line.at(line.size() - 2).isLetter();
}

QString firstWord(const QString& s)
{
    qsizetype i = 0;
    while (i < s.size() && (s.at(i).isLetterOrNumber() || s.at(i) == u'-'))
        ++i;
    return s.left(i);
}

QString lastWord(const QString& s)
{
    qsizetype i = s.size();
    while (i > 0 && (s.at(i - 1).isLetterOrNumber() || s.at(i - 1) == u'-'))
        --i;
    return s.mid(i);
}

QSet<QString> wordsOf(const QStringList& lines)
{
    static const QRegularExpression word(QStringLiteral("[\\w][\\w-]*[\\w]"), QRegularExpression::UseUnicodePropertiesOption);
    QSet<QString> words;
    for (const QString& line : lines) {
        for (auto it = word.globalMatch(line); it.hasNext();)
            words.insert(it.next().captured().toLower());
    }
    return words;
}

int percentile(QList<int> values, int p)
{
    if (values.isEmpty())
        return 0;
    const qsizetype k = std::min<qsizetype>(values.size() - 1, values.size() * p / 100);
    std::nth_element(values.begin(), values.begin() + k, values.end());
    return values.at(k);
}

} // namespace

bool WrapStats::looksHardWrapped() const
{
    if (lines < 6 || wrapWidth == 0 || wrapWidth > 160)
        return false;
    const int pairs = lines - 1;
    return midSentenceBreaks * 100 >= pairs * 15 && nearWidth * 100 >= lines * 40;
}

WrapStats analyzeWraps(const QStringList& lines)
{
    WrapStats stats;
    QList<int> lengths;
    for (const QString& line : lines) {
        const QString t = line.trimmed();
        if (!t.isEmpty())
            lengths.append(int(t.size()));
    }
    stats.lines = int(lengths.size());
    stats.wrapWidth = percentile(lengths, 90);
    stats.nearWidth = int(std::count_if(lengths.cbegin(), lengths.cend(), [&](int n) {
        return n >= stats.wrapWidth * 3 / 4 && n <= stats.wrapWidth + stats.wrapWidth / 20;
    }));
    QString previous;
    bool blank = false;
    for (const QString& line : lines) {
        const QString t = line.trimmed();
        if (t.isEmpty()) {
            blank = true;
            continue;
        }
        if (line.startsWith(u' ') && line.size() > 1 && line.at(1).isLetter())
            ++stats.strayLeadingSpaces;
        if (!previous.isEmpty() && ((!endsSentence(previous) && startsLower(t)) || endsWithHyphenatedWord(previous))) {
            ++stats.midSentenceBreaks;
            if (blank)
                ++stats.blankLinesInSentences;
        }
        previous = t;
        blank = false;
    }
    return stats;
}

QString joinWrappedLines(const QStringList& lines, int wrapWidth)
{
    struct Line
    {
        QString text; // trimmed
        bool afterBlank;
    };
    QList<Line> items;
    bool blank = false;
    for (const QString& line : lines) {
        const QString t = line.trimmed();
        if (t.isEmpty()) {
            blank = !items.isEmpty();
            continue;
        }
        items.append({t, blank});
        blank = false;
    }
    const QSet<QString> words = wordsOf(lines);
    // A wrapped line falls short of the width by at most one word; a paragraph's last line may
    // end anywhere. Lines without final punctuation get a lower bar: short ones are headings.
    const int sentenceBar = wrapWidth * 85 / 100;
    const int openBar = wrapWidth * 60 / 100;
    auto isHeading = [&](qsizetype i) {
        const QString& t = items.at(i).text;
        return t.size() < openBar && !endsSentence(t) && !t.endsWith(u',') && !startsLower(t)
            && !endsWithHyphenatedWord(t) && (i + 1 == items.size() || !startsLower(items.at(i + 1).text));
    };
    QString out;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString& t = items.at(i).text;
        if (i == 0) {
            out += t;
            continue;
        }
        const QString& previous = items.at(i - 1).text;
        bool join;
        if (endsWithHyphenatedWord(previous) || startsLower(t))
            join = true;
        else if (isHeading(i) || isHeading(i - 1))
            join = false;
        else if (!endsSentence(previous))
            join = previous.size() >= openBar || previous.endsWith(u',');
        else
            join = !items.at(i).afterBlank && previous.size() >= sentenceBar;

        if (!join) {
            out += QLatin1String("\n\n") + t;
        } else if (endsWithHyphenatedWord(previous) && t.at(0).isLetter()) {
            const QString head = lastWord(previous.chopped(1));
            const QString tail = firstWord(t);
            const bool keepHyphen = previous.back() == u'-'
                && (words.contains((head + u'-' + tail).toLower())
                    || (!words.contains((head + tail).toLower()) && t.at(0).isUpper()));
            if (!keepHyphen)
                out.chop(1);
            out += t;
        } else if (previous.endsWith(u'—') || previous.endsWith(u'/')) {
            out += t;
        } else {
            out += u' ' + t;
        }
    }
    return out;
}

QString repairExtractedText(const QString& text, bool* repaired, WrapStats* statsOut)
{
    const QStringList lines = text.split(u'\n');
    const WrapStats stats = analyzeWraps(lines);
    if (statsOut)
        *statsOut = stats;
    *repaired = stats.looksHardWrapped();
    return *repaired ? joinWrappedLines(lines, stats.wrapWidth) : text;
}

} // namespace Crossread::Import
