// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Crossread {

/// Where in an article a passage sits, most prominent first (the order is used to pick an
/// outlet's most prominent rendering).
enum class Prominence { Headline, FirstParagraph, Body, LastThird };

/// "headline", "first-paragraph", "body", "last-third": stable names for CSV and JSON.
QString prominenceName(Prominence p);
/// The translated label shown to the user.
QString prominenceLabel(Prominence p);

/// A document's text cut into the parts the prominence rules talk about. All offsets count
/// code points of the stored text.
///
/// - A *paragraph* is a maximal run of characters between line breaks (\n, \r, U+2028, U+2029)
///   that contains something other than white space; blank lines only separate paragraphs.
/// - The *title paragraph* is the first paragraph when it is the document's title: its words
///   (case-folded, punctuation ignored) equal the title's; or it is headline-shaped: at most 25
///   words, not ending with . ! ? or a colon, and either at least 5 words or containing the title's
///   words (datelines such as "Kiev, May 1, 2025" are too short). A text of one paragraph has no title.
/// - The *first paragraph* (lede) is the first paragraph after the title paragraph with at least
///   12 words: shorter ones before it are datelines, bylines and "Updated…" notes.
/// - The *body* runs from the start of the lede to the end of the last paragraph; its *last
///   third* starts at lede start + 2/3 of the body's length in code points.
struct TextLayout
{
    struct Span
    {
        qint64 start = 0;
        qint64 end = 0;
    };
    QList<Span> paragraphs;
    int titleParagraph = -1; // index into paragraphs, or -1
    int firstParagraph = -1; // the lede, or -1 when the text has no paragraph of 12 words
    qint64 bodyStart = 0;
    qint64 bodyEnd = 0;
    qint64 lastThirdStart = 0;

    static TextLayout of(const QString& text, const QString& title = {});
    /// The rule for a passage [start, end): decided by where it starts, except that a passage
    /// overlapping the title paragraph counts as Headline.
    Prominence classify(qint64 start, qint64 end) const;
    /// The paragraph containing code point `pos`, or -1 (between paragraphs).
    int paragraphAt(qint64 pos) const;
};

/// Shortcut for one passage: TextLayout::of(text, title).classify(start, end).
Prominence prominenceOf(const QString& text, const QString& title, qint64 start, qint64 end);

} // namespace Crossread
