// SPDX-License-Identifier: MIT
#pragma once

#include "cues/cue.h"

#include <QList>
#include <QString>

namespace Crossread {

/// How an outlet renders a statement. One primary kind per rendering, with the flags behind it.
enum class Framing {
    Direct, // inside quotation marks
    Paraphrased, // not quoted, attributed or not
    Anonymous, // attributed to an unnamed source ("sources say", "officials said", "according to reports")
    Hedged, // hedged ("reportedly", "allegedly", "it is believed") but not anonymous
};

/// "direct", "paraphrased", "anonymous", "hedged": stable names for CSV and JSON.
QString framingName(Framing f);
QString framingLabel(Framing f);

struct FramingInfo
{
    bool quoted = false; // at least half of the passage's letters lie inside a quotation cue
    bool anonymous = false; // an anonymous-source phrase in the passage's sentence
    bool hedged = false; // a hedge cue in the passage's sentence (anonymous phrases are hedges too)
    /// Anonymous if anonymous, else Hedged if hedged, else Direct if quoted, else Paraphrased:
    /// the label that tells an editor most about how much the outlet vouches for the statement.
    Framing primary() const;
    /// "quoted · hedged"-style summary of every flag (translated).
    QString summary() const;
    bool operator==(const FramingInfo&) const = default;
};

/// Decides the framing of [start, end) (code points) from the cues of `text` (as CueScanner::scan
/// returns them). The passage's sentence is the span between the nearest sentence ends (. ! ?
/// followed by a space, or a paragraph break) around the passage; for a quoted passage the
/// attribution may also sit in the sentence just before or after.
FramingInfo framingOf(const QString& text, const QList<Cue>& cues, qint64 start, qint64 end);
/// Scans `text` with a CueScanner first (costly: prefer the overload when classifying many passages).
FramingInfo framingOf(const QString& text, qint64 start, qint64 end);
/// Whether a hedge cue's text names an anonymous source rather than just hedging.
bool isAnonymousSourcePhrase(const QString& phrase);

} // namespace Crossread
