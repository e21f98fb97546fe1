// SPDX-License-Identifier: MIT
#include "wordfold.h"

#include <QSet>

namespace Crossread::Matching {

namespace {

bool endsWith(const QString& w, QLatin1StringView suffix)
{
    return w.endsWith(suffix);
}

// British → American spelling on the whole word, before stemming.
void foldSpelling(QString& w)
{
    static const QLatin1StringView ourTails[] = {QLatin1StringView("our"),      QLatin1StringView("ours"),
                                                 QLatin1StringView("oured"),    QLatin1StringView("ouring"),
                                                 QLatin1StringView("ourable"),  QLatin1StringView("ourite"),
                                                 QLatin1StringView("ourites"),  QLatin1StringView("ourliness"),
                                                 QLatin1StringView("ourhood"),  QLatin1StringView("ourful"),
                                                 QLatin1StringView("ourless"),  QLatin1StringView("ourer"),
                                                 QLatin1StringView("ourers")};
    // "four", "hour", "your", "tour" and friends are too short to be British spellings.
    if (w.size() > 5 || (w.size() == 5 && !w.endsWith(QLatin1Char('s')))) {
        for (QLatin1StringView tail : ourTails) {
            if (w.size() > tail.size() + 2 && endsWith(w, tail)) {
                w.remove(w.size() - tail.size() + 1, 1); // drop the 'u' of "our"
                break;
            }
        }
    }
    static const QLatin1StringView enceWords[] = {QLatin1StringView("defence"), QLatin1StringView("offence"),
                                                  QLatin1StringView("licence"), QLatin1StringView("pretence")};
    for (QLatin1StringView e : enceWords) {
        if (w.startsWith(e)) {
            w[e.size() - 2] = QLatin1Char('s');
            break;
        }
    }
    if (w.size() > 5) {
        for (QLatin1StringView pair : {QLatin1StringView("ise"), QLatin1StringView("yse")}) {
            for (QLatin1StringView tail : {QLatin1StringView(""), QLatin1StringView("s"), QLatin1StringView("d"),
                                           QLatin1StringView("r"), QLatin1StringView("rs")}) {
                const qsizetype at = w.size() - tail.size() - 3;
                if (at > 1 && QStringView(w).sliced(at, 3) == pair && QStringView(w).sliced(at + 3) == tail)
                    w[at + 1] = QLatin1Char('z');
            }
        }
        const qsizetype isingAt = w.size() - 5;
        if (w.endsWith(QLatin1StringView("ising")) || w.endsWith(QLatin1StringView("ysing")))
            w[isingAt + 1] = QLatin1Char('z');
        if (w.endsWith(QLatin1StringView("isation")))
            w[w.size() - 6] = QLatin1Char('z');
    }
    if (w.size() > 5 && (w.endsWith(QLatin1StringView("tre")) || w.endsWith(QLatin1StringView("tres")))) {
        const qsizetype at = w.lastIndexOf(QLatin1StringView("tre"));
        w.replace(at, 3, QLatin1StringView("ter"));
    }
    if (w.size() > 6 && w.endsWith(QLatin1StringView("ogue")))
        w.chop(2);
}

void chopIf(QString& w, QLatin1StringView suffix, qsizetype minStem, QLatin1StringView replacement = {})
{
    if (w.size() - suffix.size() >= minStem && w.endsWith(suffix)) {
        w.chop(suffix.size());
        w.append(replacement);
    }
}

void stem(QString& w)
{
    if (w.size() <= 3)
        return;
    if (w.endsWith(QLatin1StringView("ies")) && w.size() > 4) {
        w.chop(3);
        w.append(QLatin1Char('y'));
    } else if (w.endsWith(QLatin1StringView("oes")) && w.size() > 4) {
        w.chop(2);
    } else if (w.endsWith(QLatin1StringView("sses"))) {
        w.chop(2);
    } else if (w.endsWith(QLatin1Char('s')) && !w.endsWith(QLatin1StringView("ss"))
               && !w.endsWith(QLatin1StringView("us")) && !w.endsWith(QLatin1StringView("is"))) {
        w.chop(1);
    }
    const qsizetype before = w.size();
    chopIf(w, QLatin1StringView("ation"), 4, QLatin1StringView("at"));
    if (w.size() == before)
        chopIf(w, QLatin1StringView("ing"), 3);
    if (w.size() == before)
        chopIf(w, QLatin1StringView("ed"), 3);
    if (w.size() == before)
        chopIf(w, QLatin1StringView("ly"), 4);
    if (w.size() > 3 && w.endsWith(QLatin1Char('e')))
        w.chop(1);
    // "liberat" (liberation) and "liberat" (liberate → liberat) already agree; "defeat"/"defeating" too.
}

} // namespace

QString foldWord(QStringView lowerWord)
{
    QString w = lowerWord.toString();
    // Possessive and contracted forms: "people's" and "people’s" → "people".
    for (QLatin1StringView tail : {QLatin1StringView("'s"), QLatin1StringView("'")}) {
        if (w.endsWith(tail) && w.size() > tail.size()) {
            w.chop(tail.size());
            break;
        }
    }
    if (w.isEmpty() || !w.at(0).isLetter())
        return w;
    foldSpelling(w);
    stem(w);
    return w;
}

bool isStopWord(QStringView foldedWord)
{
    static const QSet<QString> words = [] {
        QSet<QString> s;
        const char* list[] = {
            "a", "about", "after", "again", "all", "also", "am", "an", "and", "any", "are", "as", "at", "be",
            "because", "been", "before", "being", "between", "both", "but", "by", "can", "could", "did", "do",
            "does", "doe", "each", "even", "for", "from", "had", "has", "ha", "have", "he", "her", "here", "him",
            "his", "how", "i", "if", "in", "into", "is", "it", "its", "just", "may", "me", "might", "more", "most",
            "must", "my", "no", "nor", "not", "now", "of", "on", "one", "only", "or", "other", "our", "ours",
            "out", "over", "own", "s", "same", "shall", "she", "should", "so", "some", "such", "t", "than", "that",
            "the", "their", "them", "then", "there", "these", "they", "thi", "this", "those", "through", "to",
            "too", "under", "up", "upon", "us", "very", "wa", "was", "we", "were", "what", "when", "where", "which",
            "while", "who", "whom", "whose", "why", "will", "with", "would", "you", "your", "yet", "whi", "ther",
            "these", "thos", "onto", "within", "without", "whether", "per", "via"};
        for (const char* w : list)
            s.insert(QString::fromLatin1(w));
        return s;
    }();
    return words.contains(foldedWord.toString());
}

} // namespace Crossread::Matching
