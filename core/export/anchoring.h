// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace Crossread {

/// Where an imported annotation claims to be: a TextPositionSelector (code points, -1 when
/// absent) and a TextQuoteSelector.
struct AnchorRequest
{
    qint64 start = -1;
    qint64 end = -1;
    QString exact;
    QString prefix;
    QString suffix;
};

/// Caps on the fuzzy search, so a hostile or huge file cannot stall an import.
struct FuzzyLimits
{
    qint64 maxQuoteLength = 2000; // UTF-16 units; longer quotes are not searched fuzzily
    double maxErrorRatio = 0.2; // edits allowed per quote character
    qint64 maxCells = 40'000'000; // text window × quote length examined per annotation
    int timeBudgetMs = 250; // per annotation
};

struct AnchorResult
{
    enum class Method { Position, Quote, Fuzzy, Failed };
    Method method = Method::Failed;
    qint64 start = 0; // code points
    qint64 end = 0;
    int errors = 0; // edits of the fuzzy match
};

/// Finds `request` in `text`: at its position if the quote is there, else by the quote with the
/// best matching prefix/suffix (nearest to the old position on a tie), else by an approximate
/// match within the limits. Positions in and out count Unicode code points.
AnchorResult anchorAnnotation(const QString& text, const AnchorRequest& request, const FuzzyLimits& limits = {});

} // namespace Crossread
