// SPDX-License-Identifier: MIT
#include "language.h"

#include <QHash>
#include <QList>

#include <algorithm>
#include <array>

namespace Crossread::Import {

using namespace Qt::StringLiterals;

namespace {

struct StopWords
{
    const char* language;
    QList<QString> words;
};

// The most frequent short words of each language; enough to tell them apart on a paragraph.
const QList<StopWords>& latinStopWords()
{
    static const QList<StopWords> lists{
        {"en", {u"the"_s, u"and"_s, u"of"_s, u"to"_s, u"in"_s, u"is"_s, u"that"_s, u"for"_s, u"it"_s,
                u"was"_s, u"with"_s, u"on"_s, u"as"_s, u"by"_s, u"at"_s, u"from"_s, u"this"_s, u"have"_s}},
        {"de", {u"der"_s, u"die"_s, u"und"_s, u"das"_s, u"ist"_s, u"nicht"_s, u"mit"_s, u"den"_s, u"ein"_s,
                u"eine"_s, u"auf"_s, u"sich"_s, u"dem"_s, u"zu"_s, u"von"_s, u"im"_s, u"für"_s, u"auch"_s}},
        {"fr", {u"le"_s, u"la"_s, u"les"_s, u"et"_s, u"des"_s, u"est"_s, u"une"_s, u"du"_s, u"que"_s,
                u"dans"_s, u"pour"_s, u"qui"_s, u"pas"_s, u"sur"_s, u"au"_s, u"il"_s, u"avec"_s, u"ce"_s}},
        {"es", {u"el"_s, u"los"_s, u"las"_s, u"que"_s, u"del"_s, u"en"_s, u"por"_s, u"con"_s, u"una"_s,
                u"para"_s, u"es"_s, u"se"_s, u"al"_s, u"como"_s, u"más"_s, u"pero"_s, u"su"_s, u"lo"_s}},
    };
    return lists;
}

// Stop word → bit per language (index into latinStopWords()).
const QHash<QString, unsigned>& stopWordIndex()
{
    static const QHash<QString, unsigned> index = [] {
        QHash<QString, unsigned> h;
        const QList<StopWords>& lists = latinStopWords();
        for (qsizetype i = 0; i < lists.size(); ++i) {
            for (const QString& w : lists.at(i).words)
                h[w] |= 1u << i;
        }
        return h;
    }();
    return index;
}

QString latinLanguage(const QString& text)
{
    const QHash<QString, unsigned>& index = stopWordIndex();
    const QList<StopWords>& lists = latinStopWords();
    QList<int> scores(lists.size(), 0);
    char16_t word[8];
    int length = 0;
    // Short words are lower-cased into a small buffer and looked up without allocating.
    auto flush = [&] {
        if (length > 0 && length <= 5) {
            const auto it = index.constFind(QString::fromRawData(reinterpret_cast<const QChar*>(word), length));
            if (it != index.cend()) {
                for (qsizetype i = 0; i < lists.size(); ++i)
                    scores[i] += (*it >> i) & 1u;
            }
        }
        length = 0;
    };
    for (const QChar c : text) {
        if (c.isLetter()) {
            if (length < 8)
                word[length] = c.toLower().unicode();
            ++length;
        } else {
            flush();
        }
    }
    flush();
    const auto best = std::max_element(scores.cbegin(), scores.cend());
    return *best >= 2 ? QString::fromLatin1(lists.at(best - scores.cbegin()).language) : QString();
}

} // namespace

QString detectLanguage(const QString& input)
{
    // A sample from the start is plenty and keeps big documents cheap.
    const QString text = input.left(6000);
    int latin = 0, cyrillic = 0, hangul = 0, kana = 0, han = 0, greek = 0, arabic = 0, hebrew = 0;
    int ukrainian = 0, russian = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x80) {
            latin += c.isLetter() ? 1 : 0;
        } else if (u >= 0xC0 && u < 0x250) {
            ++latin;
        } else if (u >= 0x400 && u < 0x530) {
            ++cyrillic;
            // і ї є ґ exist in Ukrainian but not Russian; ы э ъ ё the other way round.
            if (u == 0x456 || u == 0x457 || u == 0x454 || u == 0x491 || u == 0x406 || u == 0x407 || u == 0x404
                || u == 0x490)
                ++ukrainian;
            else if (u == 0x44B || u == 0x44D || u == 0x44A || u == 0x451 || u == 0x42B || u == 0x42D || u == 0x401)
                ++russian;
        } else if ((u >= 0xAC00 && u < 0xD7B0) || (u >= 0x1100 && u < 0x1200) || (u >= 0x3130 && u < 0x3190)) {
            ++hangul;
        } else if (u >= 0x3040 && u < 0x3100) {
            ++kana;
        } else if (u >= 0x4E00 && u < 0xA000) {
            ++han;
        } else if (u >= 0x370 && u < 0x400) {
            ++greek;
        } else if (u >= 0x600 && u < 0x700) {
            ++arabic;
        } else if (u >= 0x590 && u < 0x600) {
            ++hebrew;
        }
    }
    const std::array<std::pair<int, const char*>, 7> scripts{{{hangul, "ko"},
                                                              {kana, "ja"},
                                                              {han, "zh"},
                                                              {cyrillic, "cyrillic"},
                                                              {greek, "el"},
                                                              {arabic, "ar"},
                                                              {hebrew, "he"}}};
    const auto top = std::max_element(scripts.begin(), scripts.end(),
                                      [](const auto& a, const auto& b) { return a.first < b.first; });
    if (top->first > latin && top->first >= 5) {
        const QLatin1String code(top->second);
        if (code == QLatin1String("cyrillic"))
            return ukrainian > russian ? QStringLiteral("uk") : QStringLiteral("ru");
        if (code == QLatin1String("zh") && kana > 0)
            return QStringLiteral("ja"); // Japanese mixes kanji with kana
        return code;
    }
    if (latin < 20)
        return {};
    return latinLanguage(text);
}

} // namespace Crossread::Import
