// SPDX-License-Identifier: MIT
#include "speakers_p.h"

#include <QRegularExpression>
#include <QSet>

namespace Crossread::Cues {

namespace {

using RE = QRegularExpression;
constexpr auto Opts = RE::UseUnicodePropertiesOption;

// Verbs that introduce or follow a quotation. Kept apart from the syntax definition's list on
// purpose: these carry a subject ("X promised that “…”"), the definition only marks phrases.
const QString beforeVerbs = QStringLiteral(
    "said|says|say|told|tells|stated|states|noted|notes|stressed|added|adding|adds|emphasi[sz]ed|emphasi[sz]ing|warned|"
    "explained|insisted|argued|declared|announced|remarked|commented|asserted|asserting|replied|responded|wrote|"
    "praised|commended|promised|promising|repeated|highlighted|acknowledged|confirmed|reported|thanked|vowed|"
    "urged|mentioned|expressed|voiced|called|saying|writes");
const QString afterVerbs = QStringLiteral(
    "said|says|added|adds|told|stated|noted|stressed|warned|wrote|explained|insisted|argued|declared|replied|"
    "continued|concluded|asked|writes");
const QString name = QStringLiteral("(?:\\p{Lu}[\\p{L}\\-]*(?:\\s+\\p{Lu}[\\p{L}\\-]*){0,4})");

const QSet<QString>& titles()
{
    static const QSet<QString> set{
        QStringLiteral("minister"),  QStringLiteral("ambassador"), QStringLiteral("president"), QStringLiteral("engineer"),
        QStringLiteral("chief"),     QStringLiteral("spokesperson"), QStringLiteral("spokeswoman"), QStringLiteral("spokesman"),
        QStringLiteral("general"),   QStringLiteral("gen."),       QStringLiteral("mr."),       QStringLiteral("mrs."),
        QStringLiteral("ms."),       QStringLiteral("mr"),         QStringLiteral("mrs"),       QStringLiteral("ms"),
        QStringLiteral("dr."),       QStringLiteral("dr"),         QStringLiteral("leader"),    QStringLiteral("secretary"),
        QStringLiteral("director"),  QStringLiteral("professor"),  QStringLiteral("colonel"),   QStringLiteral("commander"),
        QStringLiteral("governor"),  QStringLiteral("mayor"),      QStringLiteral("deputy"),    QStringLiteral("senator"),
        QStringLiteral("chairman"),  QStringLiteral("analyst"),    QStringLiteral("expert"),    QStringLiteral("premier")};
    return set;
}

// Capitalised words that are places, peoples, institutions or calendar words, never a speaker's name.
const QSet<QString>& notNames()
{
    static const QSet<QString> set = [] {
        QSet<QString> s;
        const char* words[] = {
            "russia", "russian", "russians", "ukraine", "ukrainian", "ukrainians", "korea", "korean", "koreans", "north",
            "south", "western", "eastern", "northern", "southern", "arctic", "moscow", "seoul", "pyongyang", "kyiv", "kiev",
            "kursk", "kremlin", "china", "chinese", "india", "europe", "european", "america", "american", "united", "states",
            "britain", "british", "australia", "ministry", "forces", "force", "armed", "army", "agency", "republic", "staff",
            "service", "government", "embassy", "treaty", "commission", "party", "council", "committee", "federation",
            "peninsula", "sea", "route", "region", "oblast", "day", "victory", "constitution", "partnership", "agreement",
            "defense", "defence", "office", "news", "times", "daily", "review", "herald", "voice", "board", "policy",
            "workers", "people", "people's", "dam", "bay", "valley", "fund", "west", "east", "january", "february", "march",
            "april", "may", "june", "july", "august", "september", "october", "november", "december", "monday", "tuesday",
            "wednesday", "thursday", "friday", "saturday", "sunday", "god", "i", "we", "our", "you", "water", "ministry's",
            "sources", "source", "officials", "analysts", "experts", "observers", "critics", "residents", "reports",
            "volunteers", "witnesses", "diplomats", "insiders"};
        for (const char* w : words)
            s.insert(QString::fromLatin1(w));
        return s;
    }();
    return set;
}

// Capitalised words that start a clause rather than a name; dropped from the front of a candidate.
const QSet<QString>& leaders()
{
    static const QSet<QString> set = [] {
        QSet<QString> s;
        const char* words[] = {"the", "a", "an", "this", "that", "these", "those", "it", "its", "on", "in", "at", "as",
                               "after", "before", "but", "and", "or", "meanwhile", "notably", "later", "however",
                               "according", "speaking", "asked", "based", "if", "when", "while", "until", "thanks",
                               "beyond", "then", "also", "both", "some", "many", "several", "his", "her", "their",
                               "he", "she", "they", "whether", "five", "two", "three", "her", "by", "with", "for"};
        for (const char* w : words)
            s.insert(QString::fromLatin1(w));
        return s;
    }();
    return set;
}

bool isAcronym(const QString& w)
{
    return w.size() >= 2 && w == w.toUpper() && w.at(0).isLetter();
}

QString lastToken(const QString& n)
{
    return n.section(u' ', -1).toLower();
}

} // namespace

QList<Span> splitSentences(const QString& text, const QList<Span>& quotes)
{
    static const RE abbreviation(QStringLiteral("(?:^|\\s)(?:\\p{Lu}|Mr|Mrs|Ms|Dr|St|Gen|Jan|Feb|Mar|Apr|Aug|Sep|Sept|Oct|Nov|Dec|"
                                                "U\\.S|U\\.K|a\\.m|p\\.m|No|vs|etc|Lt|Col|Sgt|Prof)$"),
                                 Opts);
    QList<Span> out;
    qsizetype start = 0;
    qsizetype q = 0; // index of the next quotation that may contain i
    auto push = [&](qsizetype from, qsizetype to) {
        while (from < to && text.at(from).isSpace())
            ++from;
        while (to > from && text.at(to - 1).isSpace())
            --to;
        if (to > from)
            out.append({from, to});
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        while (q < quotes.size() && quotes[q].end <= i)
            ++q;
        const bool inQuote = q < quotes.size() && quotes[q].contains(i);
        const QChar c = text.at(i);
        // A quotation that ends its own sentence (“… it.” She said) ends the frame's sentence too
        // when a capitalised word follows.
        if (q < quotes.size() && i == quotes[q].end - 1) {
            qsizetype k = i;
            while (k > quotes[q].start && QStringLiteral("”\"’'»").contains(text.at(k)))
                --k;
            qsizetype n = i + 1;
            while (n < text.size() && text.at(n) == u' ')
                ++n;
            if (QStringLiteral(".!?").contains(text.at(k)) && n > i + 1 && n < text.size() && text.at(n).isUpper()) {
                push(start, i + 1);
                start = i + 1;
                continue;
            }
        }
        if (c == u'\n' && !inQuote) {
            push(start, i);
            start = i + 1;
            continue;
        }
        if (inQuote || (c != u'.' && c != u'!' && c != u'?'))
            continue;
        qsizetype j = i + 1;
        while (j < text.size() && QStringLiteral("”\"’')»").contains(text.at(j)))
            ++j;
        if (j < text.size() && !text.at(j).isSpace())
            continue;
        if (c == u'.' && abbreviation.matchView(QStringView(text).mid(start, i - start)).hasMatch())
            continue;
        push(start, j);
        start = j;
    }
    push(start, text.size());
    return out;
}

QString SpeakerTracker::lastSpeaker(const QString& title) const
{
    for (auto it = m_known.crbegin(); it != m_known.crend(); ++it) {
        if (title.isEmpty() || it->titles.contains(title))
            return it->name;
    }
    return title.isEmpty() || m_known.isEmpty() ? QString() : m_known.last().name;
}

QString SpeakerTracker::resolvePronoun(const QString& word) const
{
    const QString w = word.toLower();
    if (w == QLatin1String("he") || w == QLatin1String("she"))
        return lastSpeaker();
    return {};
}

QString SpeakerTracker::resolveName(const QString& candidate, bool allowSingle)
{
    QStringList tokens = candidate.simplified().split(u' ', Qt::SkipEmptyParts);
    while (!tokens.isEmpty() && leaders().contains(tokens.first().toLower()))
        tokens.removeFirst();
    QStringList foundTitles;
    for (qsizetype i = tokens.size() - 1; i >= 0; --i) {
        if (titles().contains(tokens.at(i).toLower())) {
            foundTitles.append(tokens.at(i).toLower());
            tokens = tokens.mid(i + 1);
            break;
        }
    }
    if (tokens.isEmpty() || tokens.size() > 4)
        return {};
    for (const QString& t : std::as_const(tokens)) {
        if (notNames().contains(t.toLower()) || isAcronym(t) || leaders().contains(t.toLower()))
            return {};
    }
    const QString full = tokens.join(u' ');
    const QString last = lastToken(full);
    for (qsizetype i = 0; i < m_known.size(); ++i) {
        if (lastToken(m_known.at(i).name) == last || m_known.at(i).name.compare(full, Qt::CaseInsensitive) == 0) {
            Known k = m_known.takeAt(i);
            if (tokens.size() > 1 && full.size() > k.name.size())
                k.name = full;
            for (const QString& t : std::as_const(foundTitles))
                if (!k.titles.contains(t))
                    k.titles.append(t);
            m_known.append(k);
            return k.name;
        }
    }
    if (tokens.size() == 1 && !allowSingle)
        return {};
    m_known.append({full, foundTitles});
    return full;
}

QString SpeakerTracker::subjectBefore(const QString& region, qsizetype verbPos)
{
    static const RE adverbs(QStringLiteral("(?:\\s+(?:also|has|had|have|then|later|repeatedly|specifically|publicly|again|"
                                           "further|once|personally|previously|earlier|has also|had also))+\\s*$"),
                            Opts | RE::CaseInsensitiveOption);
    static const RE adjacentName(QStringLiteral("(?:^|[^\\p{L}])(%1)\\s*$").arg(name), Opts);
    static const RE adjacentPronoun(QStringLiteral("(?:^|[^\\p{L}])(he|she)\\s*$"), Opts | RE::CaseInsensitiveOption);
    static const RE adjacentTitle(QStringLiteral("(?:^|[^\\p{L}])the\\s+(\\p{Ll}+)\\s*$"), Opts | RE::CaseInsensitiveOption);
    static const RE opening(QStringLiteral("^\\s*(?:(?:According to|On|In|At|After|Speaking|Meanwhile|Later|Asked|Based on)\\b[^,]*,\\s*)+"),
                            Opts);
    static const RE candidate(QStringLiteral("(?<![\\p{L}’'])(?:((?i:he|she))\\b|(%1))").arg(name), Opts);
    static const RE org(QStringLiteral("\\bthe\\s+((?:\\p{Lu}[\\p{L}\\-]*\\s+)*(?:military|ministry|government|army|embassy|"
                                       "kremlin|police|operator|commission|company))\\b"),
                        Opts);

    QString sub = region.left(verbPos);
    sub.remove(adverbs);
    if (const auto m = adjacentPronoun.match(sub); m.hasMatch())
        return resolvePronoun(m.captured(1));
    if (const auto m = adjacentTitle.match(sub); m.hasMatch() && titles().contains(m.captured(1).toLower()))
        return lastSpeaker(m.captured(1).toLower());
    if (const auto m = adjacentName.match(sub); m.hasMatch()) {
        const QString n = resolveName(m.captured(1), true);
        if (!n.isEmpty())
            return n;
    }
    QString clause = sub;
    clause.remove(opening);
    auto it = candidate.globalMatch(clause);
    while (it.hasNext()) {
        const auto m = it.next();
        if (!m.captured(1).isEmpty()) {
            // A lowercase name match is only a pronoun; a capitalised one may be a name too.
            const QString p = resolvePronoun(m.captured(1));
            if (!p.isEmpty())
                return p;
            continue;
        }
        if (!m.captured(2).at(0).isUpper())
            continue;
        const QString n = resolveName(m.captured(2), false);
        if (!n.isEmpty())
            return n;
    }
    if (const auto m = org.match(clause); m.hasMatch())
        return m.captured(1).simplified();
    return {};
}

QString SpeakerTracker::speakerFor(const QString& before, const QString& after, const QString& previousInSentence)
{
    static const RE afterPronoun(QStringLiteral("^[\\s,.;:!?—–-]*(he|she)\\s+(?:also\\s+)?(?:%1)\\b").arg(afterVerbs),
                                 Opts | RE::CaseInsensitiveOption);
    static const RE afterTitle(QStringLiteral("^[\\s,.;:!?—–-]*the\\s+(\\p{Ll}+)\\s+(?:%1)\\b").arg(afterVerbs), Opts);
    static const RE afterName(QStringLiteral("^[\\s,.;:!?—–-]*(%1)\\s+(?:also\\s+)?(?i:%2)\\b").arg(name, afterVerbs), Opts);
    static const RE afterVerbName(QStringLiteral("^[\\s,.;:!?—–-]*(?i:%1)\\s+((?:the\\s+\\p{Ll}+\\s+)?%2)").arg(afterVerbs, name), Opts);
    static const RE putIt(QStringLiteral("^[^.]{0,40}?\\bas\\s+(?:the\\s+)?(?:\\p{Ll}+\\s+)?(%1)\\s+put\\s+it").arg(name), Opts);
    static const RE accordingTo(QStringLiteral("(?i:according to)\\s+(%1)\\s*,\\s*$").arg(name), Opts);
    static const RE verb(QStringLiteral("(?<![\\p{L}])(?:%1)(?![\\p{L}])").arg(beforeVerbs), Opts | RE::CaseInsensitiveOption);

    if (const auto m = afterPronoun.match(after); m.hasMatch() && !resolvePronoun(m.captured(1)).isEmpty())
        return resolvePronoun(m.captured(1));
    if (const auto m = afterTitle.match(after); m.hasMatch() && titles().contains(m.captured(1)) && !lastSpeaker(m.captured(1)).isEmpty())
        return lastSpeaker(m.captured(1));
    for (const RE* re : {&afterName, &afterVerbName, &putIt}) {
        if (const auto m = re->match(after); m.hasMatch()) {
            const QString n = resolveName(m.captured(1), true);
            if (!n.isEmpty())
                return n;
        }
    }
    if (const auto m = accordingTo.match(before); m.hasMatch()) {
        const QString n = resolveName(m.captured(1), true);
        if (!n.isEmpty())
            return n;
    }
    qsizetype lastVerb = -1;
    auto it = verb.globalMatch(before);
    while (it.hasNext())
        lastVerb = it.next().capturedStart();
    if (lastVerb >= 0) {
        const QString s = subjectBefore(before, lastVerb);
        return s.isEmpty() ? previousInSentence : s;
    }
    if (before.trimmed().endsWith(u':')) {
        const QString s = subjectBefore(before, before.trimmed().size() - 1);
        if (!s.isEmpty())
            return s;
    }
    return previousInSentence;
}

void SpeakerTracker::observe(const QString& sentence)
{
    static const RE verb(QStringLiteral("(?<![\\p{L}])(?:%1)(?![\\p{L}])").arg(beforeVerbs), Opts | RE::CaseInsensitiveOption);
    if (const auto m = verb.match(sentence); m.hasMatch())
        subjectBefore(sentence, m.capturedStart());
}

} // namespace Crossread::Cues
