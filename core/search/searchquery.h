// SPDX-License-Identifier: MIT
#pragma once

#include "store/types.h"

#include <QDate>
#include <QFlags>
#include <QList>
#include <QString>

namespace Crossread {

/// Where a hit was found.
enum class SearchField { Text = 0x1, Title = 0x2, Note = 0x4 };
Q_DECLARE_FLAGS(SearchFields, SearchField)
Q_DECLARE_OPERATORS_FOR_FLAGS(SearchFields)

/// What the user asked for: FTS5 query text plus filters.
///
/// `text` accepts FTS5's syntax — "phrases", prefix*, AND/OR/NOT, parentheses — and is forgiving
/// where FTS5 is not: words with apostrophes, hyphens or digits ("Zelensky's", "F-16", "76,000")
/// are searched as phrases, and an unclosed quote is closed. Matching ignores case and diacritics.
struct SearchQuery
{
    QString text;
    QString outlet; // exact outlet (case-insensitive); empty for all
    QDate from; // published on or after; invalid for no lower bound
    QDate to; // published on or before; invalid for no upper bound
    TagId tag = 0; // only documents (text, title) or notes of annotations carrying this tag
    SearchFields fields = SearchField::Text | SearchField::Title | SearchField::Note;
    /// Expands each bare word to the forms of its Hunspell stems ("liberate" → liberation, liberating…).
    bool expandStems = false;
    int limit = 50; // most hits returned, best first
};

/// A code point range [start, end) in the stored text of a hit's field.
struct TextSpan
{
    qint64 start = 0;
    qint64 end = 0;
    bool operator==(const TextSpan&) const = default;
};

/// One matching field of one document (or one note), with every matching span in it.
struct SearchHit
{
    DocumentId document = 0;
    SearchField field = SearchField::Text;
    AnnotationId annotation = 0; // the note's annotation; 0 for text and title hits
    double score = 0; // bm25: lower is better (SQLite's sign)
    /// Code point spans of the matches in the field's stored text (document text, title or note), in order.
    QList<TextSpan> spans;
    /// A short excerpt around the first span, on one line, and where the spans fall in it (code points).
    QString snippet;
    QList<TextSpan> snippetSpans;
    // Shown with the hit, so that a list of hits needs no further reads.
    QString title;
    QString outlet;
    QDate published;
};

/// Hits best first, or a translated `error` when the query could not be understood or run.
struct SearchResults
{
    QList<SearchHit> hits;
    QString error;
    /// The FTS5 expression that ran (after rewriting and stem expansion), for diagnostics.
    QString expression;
};

/// Text of a field for display ("text", "title", "note"); `translated` for the user.
QString searchFieldName(SearchField field, bool translated);

} // namespace Crossread
