// SPDX-License-Identifier: MIT
// Sentence splitting and speaker resolution for SuggestionEngine. UTF-16 indices throughout.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Crossread::Cues {

struct Span
{
    qsizetype start = 0;
    qsizetype end = 0;
    bool contains(qsizetype i) const { return i >= start && i < end; }
};

/// Sentences of `text`, never splitting inside one of `quotes`; trimmed of white space.
QList<Span> splitSentences(const QString& text, const QList<Span>& quotes);

/// Tracks the speakers named so far in one text, to resolve pronouns, titles and surnames.
class SpeakerTracker final
{
public:
    /// The speaker of a quotation from the sentence text around it. `before` is the text of the
    /// sentence before the quotation (other quotations masked), `after` the text after it.
    /// `previousInSentence` is the speaker of an earlier quotation of the same sentence.
    QString speakerFor(const QString& before, const QString& after, const QString& previousInSentence);
    /// Notes the subjects of attribution verbs in a sentence without quotations to attribute.
    void observe(const QString& sentence);

private:
    struct Known
    {
        QString name;
        QStringList titles; // lowercase, e.g. "minister"
    };
    QString subjectBefore(const QString& region, qsizetype verbPos);
    QString resolveName(const QString& candidate, bool allowSingle);
    QString resolvePronoun(const QString& word) const;
    QString lastSpeaker(const QString& title = {}) const;

    QList<Known> m_known; // in the order last mentioned, latest last
};

} // namespace Crossread::Cues
