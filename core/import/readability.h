// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QSet>
#include <QStringList>
#include <gumbo.h>

namespace Crossread::Import::Html {

/// Finds the article in a parsed page the way reader views do: paragraphs score their
/// containers (text length, commas), scores are cut by link density and nudged by class/id
/// hints; the best container and its fitting siblings are kept, then cleaned of share bars,
/// link lists, bylines and other furniture. Headings, lists and block quotes inside stay.
class ArticleExtractor final
{
public:
    struct Result
    {
        QString text; // paragraphs separated by blank lines
        QStringList bylines; // texts of byline elements removed from the body
    };

    /// `stripUnlikely` drops containers whose class/id suggests page furniture before scoring;
    /// a second pass without it rescues pages that name their article oddly.
    static Result extract(const GumboNode* root, bool stripUnlikely);

private:
    struct Stats
    {
        int chars = 0;
        int linkChars = 0;
        int commas = 0;
        double linkDensity() const { return chars > 0 ? double(linkChars) / chars : 0.0; }
    };

    explicit ArticleExtractor(bool stripUnlikely) : m_stripUnlikely(stripUnlikely) {}
    void prune(const GumboNode* n);
    Stats computeStats(const GumboNode* n, bool inLink);
    void scoreParagraphs(const GumboNode* n);
    void addScore(const GumboNode* paragraph, double score);
    double& candidate(const GumboNode* n);
    const GumboNode* pickTop(const GumboNode* body);
    QList<const GumboNode*> withSiblings(const GumboNode* top);
    void clean(const GumboNode* n, const GumboNode* top);
    bool removed(const GumboNode* n) const { return m_removed.contains(n); }
    Stats stats(const GumboNode* n) const { return m_stats.value(n); }

    bool m_stripUnlikely;
    QSet<const GumboNode*> m_removed;
    QHash<const GumboNode*, Stats> m_stats;
    QHash<const GumboNode*, double> m_scores;
    QStringList m_bylines;

    friend class TextWriter;
};

/// +25 for hints of article content in class/id (article, content, story, body, post…),
/// −25 for hints of furniture (nav, footer, share, comment, sidebar, promo, ad…).
int classWeight(const GumboNode* n);

/// The text of `nodes` (and their descendants not in `removed`), block elements as paragraphs.
QString renderText(const QList<const GumboNode*>& nodes, const QSet<const GumboNode*>& removed);

} // namespace Crossread::Import::Html
