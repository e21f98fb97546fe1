// SPDX-License-Identifier: MIT
// ProjectStore::search: the store hands its connection to the search engine, so that models
// and widgets never see SQL.
#include "projectstore_p.h"

#include "search/searchengine.h"

namespace Crossread {

SearchResults ProjectStore::search(const SearchQuery& query, const SpellChecker* stemmer) const
{
    if (!d->db) {
        SearchResults results;
        results.error = tr("No project is open.");
        return results;
    }
    return SearchEngine::run(*d->db, query, stemmer);
}

} // namespace Crossread
