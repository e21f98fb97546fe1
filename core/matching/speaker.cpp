// SPDX-License-Identifier: MIT
#include "speaker.h"

#include "matchtext.h"

#include <QSet>
#include <QStringList>

namespace Crossread::Matching {

namespace {

struct NameHit
{
    QString name;
    int firstWord = 0;
    int endWord = 0;
};

const QSet<QString>& notNames()
{
    static const QSet<QString> words = [] {
        QSet<QString> s;
        for (const char* w :
             {"the", "a", "an", "in", "on", "at", "he", "she", "they", "we", "i", "it", "this", "that", "later",
              "meanwhile", "however", "moreover", "finally", "overall", "according", "president", "chief", "general",
              "staff", "minister", "ministry", "foreign", "defense", "defence", "spokesperson", "spokesman",
              "spokeswoman", "russian", "russia", "north", "south", "korean", "korea", "koreans", "ukrainian",
              "ukraine", "american", "u", "s", "state", "department", "armed", "forces", "federation", "democratic",
              "people", "people’s", "people's", "republic", "dprk", "kcna", "tass", "kremlin", "moscow",
              "pyongyang", "kursk", "seoul", "kiev", "kyiv", "leader", "mr", "ms", "dr", "head", "monday",
              "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
              "april", "may", "june", "july", "august", "september", "october", "november", "december", "on",
              "and", "but", "after", "before", "when", "as", "for", "from", "by", "with", "of", "to", "our",
              "region", "oblast", "army", "party", "central", "military", "commission", "workers", "agency",
              "news", "office", "secretary", "deputy", "prime", "supreme", "commander", "united", "nations",
              "states", "west", "western", "european", "union", "security", "council", "un", "nato", "eu",
              "comprehensive", "strategic", "partnership", "treaty", "agreement", "article", "she", "his", "her",
              "their", "its", "said", "also", "mayor", "governor", "senator", "ambassador", "professor", "colonel", "lieutenant", "major", "sir", "mrs", "miss", "analyst", "yonhap", "reuters", "daily", "times", "post"})
            s.insert(QString::fromUtf8(w));
        return s;
    }();
    return words;
}

const QSet<QString>& verbs()
{
    static const QSet<QString> words = [] {
        QSet<QString> s;
        for (const char* w : {"said", "says", "say", "saying", "stated", "states", "noted", "notes", "stressed",
                              "emphasized", "emphasised", "added", "adds", "told", "declared", "wrote", "explained",
                              "remarked", "warned", "insisted", "claimed", "argued", "spoke", "reported",
                              "announced", "highlighted", "praised", "commended", "underlined", "asserted",
                              "asserting", "quoted", "voiced", "expressed", "thanked", "confirmed"})
            s.insert(QString::fromUtf8(w));
        return s;
    }();
    return words;
}

bool isPronoun(const QString& w)
{
    return w == QLatin1String("he") || w == QLatin1String("she");
}

bool capitalised(const QString& w)
{
    return !w.isEmpty() && w.at(0).isUpper();
}

// Names in words [first, end): maximal runs of capitalised words that are not titles,
// nationalities, months… A run must hold a word that is not sentence-initial filler.
QList<NameHit> namesIn(const MatchText& t, int first, int end)
{
    QList<NameHit> out;
    int i = first;
    while (i < end) {
        const QString w = t.wordText(i);
        if (!capitalised(w) || notNames().contains(w.toLower())) {
            ++i;
            continue;
        }
        int j = i;
        QStringList parts;
        while (j < end) {
            const QString x = t.wordText(j);
            if (!capitalised(x) || notNames().contains(x.toLower()))
                break;
            // A run stops at punctuation other than a hyphen ("Kim Jong-un").
            if (j > i && t.words[size_t(j)].start - t.words[size_t(j - 1)].end > 1)
                break;
            if (j > i) {
                const uint gap = t.codePoints[size_t(t.words[size_t(j - 1)].end)];
                if (gap != u' ' && gap != u'-')
                    break;
                parts.last() += gap == u'-' ? QStringLiteral("-") + x : QString();
                if (gap == u'-') {
                    ++j;
                    continue;
                }
            }
            parts.append(x);
            ++j;
        }
        out.append({parts.join(QLatin1Char(' ')), i, j});
        i = j;
    }
    return out;
}

int sentenceFirstWord(const MatchText& t, int sentence)
{
    const qint64 s = t.sentences.empty() ? 0 : t.sentences[size_t(sentence)].start;
    return int(std::lower_bound(t.words.begin(), t.words.end(), s,
                                [](const Word& w, qint64 p) { return w.start < p; })
               - t.words.begin());
}

// The speaker named in words [first, end) around an attribution verb, or, for a pronoun, the
// last name before `first`.
QString attributionIn(const MatchText& t, int first, int end, int contextFirst)
{
    for (int i = first; i < end; ++i) {
        const QString lower = t.wordText(i).toLower();
        if (lower == QLatin1String("according") && i + 2 < end && t.wordText(i + 1).toLower() == QLatin1String("to")) {
            const QList<NameHit> after = namesIn(t, i + 2, std::min(end, i + 6));
            if (!after.isEmpty())
                return after.first().name;
        }
        if (!verbs().contains(lower))
            continue;
        if (i > first && isPronoun(t.wordText(i - 1).toLower())) {
            const QList<NameHit> before = namesIn(t, contextFirst, i - 1);
            if (!before.isEmpty())
                return before.last().name;
        }
        const QList<NameHit> before = namesIn(t, first, i);
        if (!before.isEmpty())
            return before.first().name; // the subject: "Gerasimov, presenting a report to Putin, said"
        const QList<NameHit> after = namesIn(t, i + 1, std::min(end, i + 6));
        if (!after.isEmpty())
            return after.first().name; // "said Zakharova"
    }
    return {};
}

} // namespace

QString guessSpeaker(const MatchText& t, qint64 start, qint64 end)
{
    if (t.words.empty())
        return {};
    auto wordAt = [&](qint64 pos) {
        return int(std::lower_bound(t.words.begin(), t.words.end(), pos,
                                    [](const Word& w, qint64 p) { return w.start < p; })
                   - t.words.begin());
    };
    const int first = wordAt(start);
    const int last = std::max(first, wordAt(end) - 1);
    if (first >= int(t.words.size()))
        return {};
    const int sentence = t.words[size_t(first)].sentence;
    const int sentenceFirst = sentenceFirstWord(t, sentence);
    const int contextFirst = sentenceFirstWord(t, std::max(0, sentence - 3));
    // Same sentence, before the passage: "Putin said: “…”".
    if (QString s = attributionIn(t, sentenceFirst, first, contextFirst); !s.isEmpty())
        return s;
    // Same sentence, after it: "“…,” Zakharova said."
    const int endSentence = t.words[size_t(std::min<size_t>(size_t(last), t.words.size() - 1))].sentence;
    int after = last + 1;
    int afterEnd = after;
    while (afterEnd < int(t.words.size()) && t.words[size_t(afterEnd)].sentence == endSentence && afterEnd < after + 12)
        ++afterEnd;
    if (QString s = attributionIn(t, after, afterEnd, contextFirst); !s.isEmpty())
        return s;
    // The sentence before: a block quote, or "He added that".
    if (sentence > 0) {
        const int prevFirst = sentenceFirstWord(t, sentence - 1);
        if (QString s = attributionIn(t, prevFirst, sentenceFirst, contextFirst); !s.isEmpty())
            return s;
    }
    // A reported statement carries its attribution inside: "Peskov said on Monday that …".
    return attributionIn(t, first, last + 1, contextFirst);
}

} // namespace Crossread::Matching
