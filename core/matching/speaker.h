// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace Crossread::Matching {

struct MatchText;

/// Who said the passage [start, end) of `text`, from attribution nearby: "X said", "said X",
/// "X stressed that", "according to X", "X: “…”", a pronoun ("he said") resolved to the last
/// name of the sentences before, and block quotes attributed in the sentence before them.
/// A deliberately small heuristic for matching; returns the name without titles, or empty.
QString guessSpeaker(const MatchText& text, qint64 start, qint64 end);

} // namespace Crossread::Matching
