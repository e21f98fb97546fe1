// SPDX-License-Identifier: MIT
#pragma once

#include "store/types.h"

#include <gumbo.h>

namespace Crossread::Import::Html {

/// Metadata a saved page declares: <title>, OpenGraph (og:title, og:site_name, og:url,
/// og:locale), article:published_time, <meta name="author">, the canonical link, <html lang>
/// and JSON-LD NewsArticle/Article (headline, author, datePublished, publisher). Declared
/// values win over guesses; `bylines` (texts of byline elements) fill a missing author.
DocumentMetadata pageMetadata(const GumboNode* root, const QStringList& bylines);

} // namespace Crossread::Import::Html
