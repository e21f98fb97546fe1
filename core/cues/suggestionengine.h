// SPDX-License-Identifier: MIT
#pragma once

#include "cue.h"
#include "suggestion.h"

#include <QStringList>
#include <memory>

namespace Crossread {

class CueScanner;

/// Proposes annotations from a text's cues: a quotation whose speaker can be found → Attribution,
/// a sentence with a checkable figure or a factual assertion → Claim, a hedged or anonymously
/// sourced sentence → Unverified.
///
/// Speakers are found with surface patterns around each quotation (“…,” Zakharova said /
/// According to Vey, “…” / X said that “…” / X: “…”), pronouns and "the minister" resolve to the last
/// named speaker (with that title), and short names to the full name seen earlier in the text.
class SuggestionEngine final
{
public:
    SuggestionEngine();
    ~SuggestionEngine();
    Q_DISABLE_COPY_MOVE(SuggestionEngine)

    void setLexicon(const QStringList& terms);
    QList<Suggestion> suggest(const QString& text);
    /// The cues of the last suggest() call.
    QList<Cue> lastCues() const { return m_cues; }

private:
    std::unique_ptr<CueScanner> m_scanner;
    QList<Cue> m_cues;
};

} // namespace Crossread
