// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

namespace Crossread::Import {

/// What the line statistics of a text say about hard wraps.
struct WrapStats
{
    int lines = 0; // non-empty lines
    int wrapWidth = 0; // 90th percentile of line lengths, the width lines were wrapped at
    int nearWidth = 0; // lines within a word of wrapWidth
    int midSentenceBreaks = 0; // a line ending mid-sentence, the next starting in lower case
    int blankLinesInSentences = 0; // … with blank lines between them
    int strayLeadingSpaces = 0;

    /// True for text extracted from a PDF or similar: short lines broken inside sentences.
    bool looksHardWrapped() const;
};

WrapStats analyzeWraps(const QStringList& lines);

/// Joins wrapped lines into paragraphs (separated by a blank line). Lines are broken where a
/// sentence ends on a short line or before a blank line, or where a short line without final
/// punctuation (a heading) is followed by a capital; hyphenated breaks are joined using the
/// words of the text itself to tell "peace-keeping" from "peace-\nkeeping".
QString joinWrappedLines(const QStringList& lines, int wrapWidth);

/// Repairs text damaged by PDF extraction when analyzeWraps() detects it. Returns the text
/// unchanged (and sets *repaired to false) otherwise.
QString repairExtractedText(const QString& text, bool* repaired, WrapStats* stats = nullptr);

} // namespace Crossread::Import
