// SPDX-License-Identifier: MIT
#pragma once

#include "ftsquery.h"

#include <QStringList>

#include <functional>

namespace Crossread {

class SpellChecker;

/// Expands a word to the indexed words that share its stem ("liberate" → liberated, liberating,
/// liberation, liberator), for SearchQuery::expandStems.
///
/// Hunspell's stems() only undoes inflection, and dictionaries such as en_US list derived
/// words ("liberation") as entries of their own, so stems alone would miss them. So: take the
/// stems of the word, cut each to a root (a final silent "e" or "y" dropped: "liberat", "carr"),
/// list the indexed terms that start with that root (the `vocabulary` callback, fed by the
/// fts5vocab tables), and keep a term when Hunspell stems it to the same stem or when the rest
/// after the root is a common English suffix (-ed, -ing, -ion, -or, -ies…). The result is an
/// OR group of exact terms, which FTS5 answers as fast as a single word, and which leaves out
/// "warning" and "warm" when the user searched for "war".
class StemExpander final
{
public:
    /// Terms of the index starting with a prefix (already case- and diacritic-folded), at most `limit`.
    using Vocabulary = std::function<QStringList(const QString& prefix, int limit)>;

    StemExpander(const SpellChecker& checker, Vocabulary vocabulary);

    /// The terms to search besides `word` itself; empty when the dictionary does not know it.
    QList<FtsQuery::Term> expand(const QString& word) const;

    /// Case and diacritics folded as the index tokenizer does (unicode61 remove_diacritics 2).
    static QString fold(const QString& word);

    /// At most this many alternatives per word, so a short stem cannot flood the query.
    static constexpr int MaxTerms = 40;

private:
    QStringList foldedStems(const QString& word) const;

    const SpellChecker& m_checker;
    Vocabulary m_vocabulary;
};

} // namespace Crossread
