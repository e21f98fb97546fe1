// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringView>
#include <vector>

namespace Crossread::Matching {

/// One word of a document, with where it stands in code points and its folded form.
struct Word
{
    qint64 start = 0; // code point offset in the stored text
    qint64 end = 0; // excluded
    quint64 hash = 0; // of the folded form; equal hashes compare as equal words
    bool content = false; // not a stop word
    int sentence = 0; // index into MatchText::sentences
};

/// A span of code points [start, end).
struct Span
{
    qint64 start = 0;
    qint64 end = 0;
};

/// A passage that may render a statement: the inside of a quotation, or a sentence outside
/// quotation marks (block quotes in some outlets carry no marks at all).
struct Unit
{
    int firstWord = 0;
    int endWord = 0; // excluded
    Span span; // trimmed: no surrounding spaces, no trailing comma or colon
    bool quoted = false;
};

/// A document's text cut into words, sentences, quotations and units, ready for matching.
/// Built from a copy of the text, so it can be made on any thread.
struct MatchText
{
    std::vector<uint> codePoints; // the text as UCS-4, so that indices are code point offsets
    std::vector<Word> words;
    std::vector<Span> sentences;
    std::vector<Span> quotations; // inner spans, outermost quotations only
    std::vector<Unit> units;

    static MatchText build(const QString& text);
    QString mid(qint64 start, qint64 end) const;
    QString wordText(int word) const;
};

/// The folded form of a word as hashed (exposed for tests and diffs).
QString foldedForm(QStringView surface);
quint64 wordHash(QStringView folded);

} // namespace Crossread::Matching
