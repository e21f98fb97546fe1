// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringView>

namespace Crossread::Matching {

/// Folds one case-folded word so that renderings of the same statement compare equal:
/// British spellings become American ("honour" → "honor", "defence" → "defense",
/// "recognise" → "recognize"), possessive "'s" goes, and a light suffix stemmer maps
/// "participated"/"participation"/"participate" and "forces"/"force" to one stem.
///
/// Folding is applied to every text alike, so over-folding ("promise" → "promize") costs
/// nothing; only merging two different words would, which is why short words are left alone.
QString foldWord(QStringView lowerWord);

/// True for English function words that carry no content (articles, pronouns, auxiliaries…).
/// They take part in the alignment but not in candidate generation.
bool isStopWord(QStringView foldedWord);

} // namespace Crossread::Matching
