// SPDX-License-Identifier: MIT
// Scores SuggestionEngine against the hand-labelled gold files in tests/data/gold/ (shared by the
// floor test and bench_cues).
#pragma once

#include <QList>
#include <QMap>
#include <QString>

namespace Crossread::Gold {

struct Score
{
    int truePositives = 0;
    int predicted = 0;
    int gold = 0;
    double precision() const { return predicted ? double(truePositives) / predicted : 0.0; }
    double recall() const { return gold ? double(truePositives) / gold : 0.0; }
    double f1() const
    {
        const double p = precision(), r = recall();
        return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
    }
};

struct Result
{
    QMap<QString, Score> scores; // "quotation", "speaker", "claim", "unverified"
    QStringList problems; // gold files that could not be read or whose labels do not anchor
    QStringList errors; // each false positive and false negative, for reading (bench_cues --verbose)
    int files = 0;
};

/// Reads every gold file in `goldDir`; sample texts from `samplesDir`, corpus texts from `corpusDir`
/// (files of a missing corpus are skipped). Predicted and gold passages match when they have the
/// same kind and overlap by at least half of their union.
Result evaluate(const QString& goldDir, const QString& samplesDir, const QString& corpusDir);

} // namespace Crossread::Gold
