// SPDX-License-Identifier: MIT
#pragma once

#include "searchquery.h"

namespace Crossread {

class Database;
class SpellChecker;

/// Runs searches against a project's FTS5 index. Used by ProjectStore::search(); widgets and
/// models reach it only through the store.
namespace SearchEngine {

/// Hits of `query`, best first (bm25), at most query.limit. `stemmer` serves expandStems; when
/// it is null an en_US Hunspell dictionary is used if one is installed. Never throws: a query
/// FTS5 cannot parse, or any failing read, is answered with a translated error.
SearchResults run(Database& db, const SearchQuery& query, const SpellChecker* stemmer = nullptr);

/// Longest query text accepted, in UTF-16 units.
constexpr int MaxQueryLength = 1000;

} // namespace SearchEngine

/// Builds the snippet of `hit` (an excerpt of `text` around its first span, on one line, with
/// "…" where it was cut) and its snippet spans. `text` is the field's stored text.
void makeSnippet(SearchHit& hit, const QString& text, int context = 60);

} // namespace Crossread
