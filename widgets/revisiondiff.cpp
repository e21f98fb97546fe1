// SPDX-License-Identifier: MIT
#include "revisiondiff.h"

#include "matching/alignment.h"

#include <QStringList>

#include <algorithm>
#include <vector>

namespace Crossread {

namespace {

const QString kAdded = QStringLiteral("background-color:#c8f0c8;color:#0a5c0a");
const QString kRemoved = QStringLiteral("background-color:#f6caca;color:#8a1010");

QStringList paragraphs(const QString& text)
{
    QStringList out;
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        const QString p = line.simplified();
        if (!p.isEmpty())
            out.append(p);
    }
    return out;
}

int wordCount(const QString& paragraph)
{
    return int(paragraph.split(QLatin1Char(' '), Qt::SkipEmptyParts).size());
}

QString wholeParagraph(const QString& text, bool added)
{
    // The sign in front says the same as the colour, for readers who cannot tell the colours apart.
    return QStringLiteral("<p style=\"%1\">%2 %3</p>")
        .arg(added ? kAdded : kRemoved, added ? QStringLiteral("<b>+</b>") : QStringLiteral("<b>−</b>"),
             added ? text.toHtmlEscaped() : QStringLiteral("<s>%1</s>").arg(text.toHtmlEscaped()));
}

} // namespace

QString revisionDiffHtml(const QString& oldText, const QString& newText, RevisionDiffStats* stats)
{
    RevisionDiffStats s;
    const QStringList a = paragraphs(oldText);
    const QStringList b = paragraphs(newText);
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    // Paragraph LCS; articles have tens of paragraphs, so the table stays small.
    std::vector<int> lcs(size_t(n + 1) * size_t(m + 1), 0);
    auto at = [&](qsizetype i, qsizetype j) -> int& { return lcs[size_t(i) * size_t(m + 1) + size_t(j)]; };
    for (qsizetype i = n - 1; i >= 0; --i) {
        for (qsizetype j = m - 1; j >= 0; --j)
            at(i, j) = a.at(i) == b.at(j) ? at(i + 1, j + 1) + 1 : std::max(at(i + 1, j), at(i, j + 1));
    }

    QString html;
    QStringList removed;
    QStringList added;
    // A run of removed and added paragraphs between two unchanged ones: a removed paragraph is
    // shown as reworded when a later added one keeps most of its words (pairs keep their order),
    // else as a deletion; added paragraphs left unpaired are insertions.
    auto emitRemoved = [&](const QString& p) {
        ++s.paragraphsRemoved;
        s.wordsRemoved += wordCount(p);
        html += wholeParagraph(p, false);
    };
    auto emitAdded = [&](const QString& p) {
        ++s.paragraphsAdded;
        s.wordsAdded += wordCount(p);
        html += wholeParagraph(p, true);
    };
    auto flush = [&] {
        qsizetype nextAdded = 0;
        // Long runs (a rewritten article) are not worth a quadratic search for pairs.
        const bool pairUp = removed.size() * added.size() <= 400;
        for (const QString& old : std::as_const(removed)) {
            qsizetype match = -1;
            QList<WordDiffOp> ops;
            int plus = 0, minus = 0;
            for (qsizetype k = nextAdded; pairUp && k < added.size() && match < 0; ++k) {
                ops = Matching::wordDiff(old, added.at(k));
                int same = 0;
                plus = minus = 0;
                for (const WordDiffOp& op : std::as_const(ops)) {
                    const int words = wordCount(op.text);
                    (op.kind == WordDiffOp::Kind::Same ? same : op.kind == WordDiffOp::Kind::Added ? plus : minus) += words;
                }
                if (same * 2 >= std::max(wordCount(old), wordCount(added.at(k))))
                    match = k;
            }
            if (match < 0) {
                emitRemoved(old);
                continue;
            }
            while (nextAdded < match)
                emitAdded(added.at(nextAdded++));
            nextAdded = match + 1;
            ++s.paragraphsChanged;
            s.wordsAdded += plus;
            s.wordsRemoved += minus;
            html += QStringLiteral("<p>");
            for (const WordDiffOp& op : std::as_const(ops)) {
                const QString words = op.text.toHtmlEscaped();
                if (op.kind == WordDiffOp::Kind::Same)
                    html += words;
                else if (op.kind == WordDiffOp::Kind::Added)
                    html += QStringLiteral("<span style=\"%1\">%2</span>").arg(kAdded, words);
                else
                    html += QStringLiteral("<span style=\"%1\"><s>%2</s></span>").arg(kRemoved, words);
                html += QLatin1Char(' ');
            }
            html += QStringLiteral("</p>");
        }
        while (nextAdded < added.size())
            emitAdded(added.at(nextAdded++));
        removed.clear();
        added.clear();
    };
    qsizetype i = 0, j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && a.at(i) == b.at(j)) {
            flush();
            ++s.paragraphsSame;
            html += QStringLiteral("<p>%1</p>").arg(a.at(i).toHtmlEscaped());
            ++i;
            ++j;
        } else if (j < m && (i >= n || at(i, j + 1) >= at(i + 1, j))) {
            added.append(b.at(j++));
        } else {
            removed.append(a.at(i++));
        }
    }
    flush();
    if (stats)
        *stats = s;
    return html;
}

} // namespace Crossread
