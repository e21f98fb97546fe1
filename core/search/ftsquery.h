// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

#include <functional>

namespace Crossread {

/// Turns what the user typed into an FTS5 query expression that FTS5 accepts.
///
/// FTS5 rejects barewords with punctuation ("Zelensky's", "F-16", "76,000"), so every word and
/// phrase is re-quoted; AND, OR, NOT, parentheses, "phrases" and trailing * keep their FTS5
/// meaning, words juxtaposed are joined by AND, and an unclosed quote is closed. Structural
/// mistakes (a dangling operator, unbalanced parentheses) are reported here in words the user
/// understands rather than as FTS5's "syntax error near …". Column filters and NEAR are not
/// offered: the fields are chosen with SearchQuery::fields.
class FtsQuery final
{
public:
    /// A term of an expansion: an exact word or a prefix.
    struct Term
    {
        QString text;
        bool prefix = false;
    };
    /// Alternatives for a bare word (not quoted, not a prefix); an empty list keeps the word alone.
    using Expander = std::function<QList<Term>(const QString& word)>;

    /// The FTS5 expression, or an empty string when the text has no searchable word. On a
    /// structural mistake returns an empty string and sets `error` (translated).
    static QString build(const QString& text, const Expander& expand = {}, QString* error = nullptr);
    /// A quoted FTS5 string for `text` (inner quotes doubled, NULs dropped).
    static QString quote(const QString& text);
    /// The bare words of `text` that an expander would see, for highlighting and tests.
    static QStringList bareWords(const QString& text);
};

} // namespace Crossread
