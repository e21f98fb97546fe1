// SPDX-License-Identifier: MIT
// The saved pages in tests/data/import/html (invented articles in the shapes of news sites) and a
// word-level similarity for comparing extracted texts.
#pragma once

#include <QHash>
#include <QRegularExpression>
#include <QStringList>

namespace Crossread::Test {

inline QStringList htmlFixtureNames()
{
    return {QStringLiteral("bbc"),   QStringLiteral("guardian"),  QStringLiteral("nyt"),  QStringLiteral("lemonde"),
            QStringLiteral("yahoo"), QStringLiteral("medium"), QStringLiteral("wikipedia")};
}

/// Lower-case words (letters and digits), in order; punctuation and layout do not count.
inline QStringList wordTokens(const QString& text)
{
    static const QRegularExpression word(QStringLiteral("[\\p{L}\\p{N}]+"), QRegularExpression::UseUnicodePropertiesOption);
    QStringList words;
    for (auto it = word.globalMatch(text); it.hasNext();)
        words.append(it.next().captured().toLower());
    return words;
}

struct Similarity
{
    double precision = 0; // share of our words that the reference has too
    double recall = 0; // share of the reference's words that we have
    double f1 = 0;
};

/// Token F1 over bags of words: how much of each text the other one has, counting repeats.
inline Similarity tokenSimilarity(const QString& ours, const QString& reference)
{
    const QStringList a = wordTokens(ours), b = wordTokens(reference);
    QHash<QString, int> counts;
    for (const QString& w : b)
        ++counts[w];
    int common = 0;
    for (const QString& w : a) {
        auto it = counts.find(w);
        if (it != counts.end() && *it > 0) {
            --*it;
            ++common;
        }
    }
    Similarity s;
    if (a.isEmpty() || b.isEmpty())
        return s;
    s.precision = double(common) / double(a.size());
    s.recall = double(common) / double(b.size());
    s.f1 = common == 0 ? 0.0 : 2 * s.precision * s.recall / (s.precision + s.recall);
    return s;
}

} // namespace Crossread::Test
