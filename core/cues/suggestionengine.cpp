// SPDX-License-Identifier: MIT
#include "suggestionengine.h"

#include "cuescanner.h"
#include "speakers_p.h"
#include "text/offsets.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Crossread {

using Cues::Span;

QString suggestionKindName(SuggestionKind kind)
{
    switch (kind) {
    case SuggestionKind::Attribution:
        return QStringLiteral("attribution");
    case SuggestionKind::Claim:
        return QStringLiteral("claim");
    case SuggestionKind::Unverified:
        return QStringLiteral("unverified");
    }
    return {};
}

bool suggestionKindFromName(const QString& name, SuggestionKind* kind)
{
    for (const SuggestionKind k : {SuggestionKind::Attribution, SuggestionKind::Claim, SuggestionKind::Unverified}) {
        if (name.compare(suggestionKindName(k), Qt::CaseInsensitive) == 0) {
            *kind = k;
            return true;
        }
    }
    return false;
}

QString suggestionKindLabel(SuggestionKind kind)
{
    switch (kind) {
    case SuggestionKind::Attribution:
        return QCoreApplication::translate("Suggestions", "Attribution");
    case SuggestionKind::Claim:
        return QCoreApplication::translate("Suggestions", "Claim");
    case SuggestionKind::Unverified:
        return QCoreApplication::translate("Suggestions", "Unverified");
    }
    return {};
}

namespace {

constexpr auto Opts = QRegularExpression::UseUnicodePropertiesOption;

// A date or a bare year places an event in time but is rarely what a fact-checker checks.
bool isDateOnly(QStringView figure)
{
    static const QRegularExpression date(
        QStringLiteral("^(?:(?:1[89]|20)\\d\\d|\\d{1,2}:\\d\\d.*|.*(?:January|February|March|April|May|June|July|August|September|October|"
                       "November|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.).*)$"),
        Opts);
    return date.matchView(figure).hasMatch();
}

// Verbs that state a checkable event even without a number.
bool assertsEvent(QStringView sentence)
{
    static const QRegularExpression verbs(
        QStringLiteral("(?<!\\p{L})(?:confirmed|acknowledged|announced|denied|killed|wounded|deployed|regained|recaptured|"
                       "retake|evacuated|destroyed|flooded|fell|cut|signed|sent|launched|gave way|completed|withdrew|"
                       "treated)(?!\\p{L})"),
        Opts | QRegularExpression::CaseInsensitiveOption);
    return verbs.matchView(sentence).hasMatch();
}

int wordCount(QStringView s)
{
    static const QRegularExpression word(QStringLiteral("[\\p{L}\\p{N}]+"), Opts);
    int n = 0;
    auto it = word.globalMatchView(s);
    while (it.hasNext()) {
        it.next();
        ++n;
    }
    return n;
}

} // namespace

SuggestionEngine::SuggestionEngine()
    : m_scanner(std::make_unique<CueScanner>())
{
}

SuggestionEngine::~SuggestionEngine() = default;

void SuggestionEngine::setLexicon(const QStringList& terms)
{
    m_scanner->setLexicon(terms);
}

QList<Suggestion> SuggestionEngine::suggest(const QString& text)
{
    m_cues = m_scanner->scan(text);
    const OffsetMap map(text);
    QList<Span> quotes;
    QList<Span> figures;
    QList<Span> hedges;
    for (const Cue& c : std::as_const(m_cues)) {
        const Span s{qsizetype(map.toUtf16(c.start)), qsizetype(map.toUtf16(c.end))};
        if (c.kind == CueKind::Quotation)
            quotes.append(s);
        else if (c.kind == CueKind::Figure)
            figures.append(s);
        else if (c.kind == CueKind::Hedge)
            hedges.append(s);
    }
    // Quotations masked out, so that names and verbs inside them are not taken for the frame's.
    QString masked = text;
    for (const Span& q : std::as_const(quotes))
        for (qsizetype i = q.start; i < q.end; ++i)
            masked[i] = u' ';

    QList<Suggestion> out;
    auto add = [&](qsizetype from, qsizetype to, SuggestionKind kind, const QString& speaker) {
        out.append({map.toCodePoint(from), map.toCodePoint(to), kind, speaker, text.mid(from, to - from)});
    };
    Cues::SpeakerTracker speakers;
    const QList<Span> sentences = Cues::splitSentences(text, quotes);
    for (const Span& sentence : sentences) {
        QString previous;
        bool attributed = false;
        for (const Span& q : std::as_const(quotes)) {
            if (q.start < sentence.start || q.start >= sentence.end)
                continue;
            // One quoted word is a scare quote ("liberation"), not a statement.
            if (wordCount(QStringView(text).mid(q.start, q.end - q.start)) < 2)
                continue;
            const QString before = masked.mid(sentence.start, q.start - sentence.start);
            const QString after = masked.mid(q.end, std::max<qsizetype>(0, sentence.end - q.end));
            const QString speaker = speakers.speakerFor(before, after, previous);
            if (speaker.isEmpty())
                continue;
            add(q.start, q.end, SuggestionKind::Attribution, speaker);
            previous = speaker;
            attributed = true;
        }
        const QStringView sentenceText = QStringView(text).mid(sentence.start, sentence.end - sentence.start);
        if (!attributed)
            speakers.observe(masked.mid(sentence.start, sentence.end - sentence.start));
        if (wordCount(sentenceText) < 4)
            continue; // titles, datelines, bylines
        bool checkable = false;
        for (const Span& f : std::as_const(figures)) {
            if (f.start >= sentence.start && f.end <= sentence.end
                && !isDateOnly(QStringView(text).mid(f.start, f.end - f.start))) {
                checkable = true;
                break;
            }
        }
        if (checkable || assertsEvent(sentenceText))
            add(sentence.start, sentence.end, SuggestionKind::Claim, {});
        for (const Span& h : std::as_const(hedges)) {
            if (h.start >= sentence.start && h.end <= sentence.end) {
                add(sentence.start, sentence.end, SuggestionKind::Unverified, {});
                break;
            }
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const Suggestion& a, const Suggestion& b) { return a.start < b.start; });
    return out;
}

} // namespace Crossread
