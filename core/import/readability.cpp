// SPDX-License-Identifier: MIT
#include "readability.h"

#include "htmldom_p.h"

#include <QRegularExpression>

#include <algorithm>

namespace Crossread::Import::Html {

namespace {

using RE = QRegularExpression;

const RE& positiveHints()
{
    static const RE re(QStringLiteral("article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|"
                                      "articlebody"));
    return re;
}

const RE& negativeHints()
{
    static const RE re(QStringLiteral("(^|[-_ ])(ad|ads|advert|banner|combx|comment|contact|foot|footer|footnote|gdpr|"
                                      "masthead|media|meta|outbrain|promo|related|scroll|share|sharing|shoutbox|"
                                      "sidebar|skyscraper|sponsor|shopping|tags|tool|tools|toolbar|widget|nav|"
                                      "navigation|social|newsletter|subscribe|signup|paywall|popup|modal|cookie|"
                                      "recirc|most-popular|most-viewed|read-more|editsection)"));
    return re;
}

const RE& unlikelyCandidates()
{
    static const RE re(QStringLiteral("-ad-|ad-break|advert|agegate|banner|breadcrumb|combx|comment|community|"
                                      "cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|"
                                      "replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|popup|"
                                      "promo|share|newsletter|subscribe|cookie|navbar|navigation|most-?popular|"
                                      "most-?viewed|recirc|editsection|navbox|catlinks|printfooter|mw-jump"));
    return re;
}

// Furniture whatever else the class says: "paywall--article", "article__reactions", "article-share".
// Checked when cleaning the chosen article and its siblings, where "article" in a class proves nothing.
const RE& furnitureHints()
{
    static const RE re(QStringLiteral("(^|[-_ ])(paywall|comments?|reactions|share|sharing|social|newsletter|cookie|"
                                      "gdpr|consent|related|recommended|promo|sponsor|sponsored|dfp|outbrain|"
                                      "taboola|ad-slot|ad-label|inline-ad|credit|readmore|most-read|subscribe)"
                                      "([-_ ]|$)"));
    return re;
}

const RE& maybeCandidate()
{
    static const RE re(QStringLiteral("and|article|body|column|content|main|shadow|story"));
    return re;
}

const RE& bylineHints()
{
    static const RE re(QStringLiteral("byline|author|writtenby|p-author|contributor"));
    return re;
}

const RE& dateHints()
{
    static const RE re(QStringLiteral("(^|[-_ ])(date|time|timestamp|dateline|published|updated|pubdate)([-_ ]|$)"));
    return re;
}

// Short labels reader views never show: ad slots, share prompts, photo credits.
const RE& noiseText()
{
    static const RE re(QStringLiteral("^(advertisement|ad|sponsored|share|share this( article| story| page)?|"
                                      "share on \\w+|skip to (main )?content|read more|sign up|subscribe( now)?|"
                                      "follow us.*|image caption,?|image source,?.*|media caption,?|getty images|"
                                      "copyright.*|\\[edit\\]|edit|publicité|anzeige|werbung|реклама|광고|story continues|"
                                      "a version of this article appears in print .*)$"),
                       RE::CaseInsensitiveOption);
    return re;
}

bool alwaysDropped(GumboTag t)
{
    switch (t) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_IFRAME: case GUMBO_TAG_OBJECT: case GUMBO_TAG_EMBED: case GUMBO_TAG_SVG: case GUMBO_TAG_MATH:
    case GUMBO_TAG_CANVAS: case GUMBO_TAG_BUTTON: case GUMBO_TAG_INPUT: case GUMBO_TAG_SELECT:
    case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_NAV: case GUMBO_TAG_ASIDE: case GUMBO_TAG_FOOTER: case GUMBO_TAG_HEAD:
    case GUMBO_TAG_LINK: case GUMBO_TAG_META: case GUMBO_TAG_DIALOG: case GUMBO_TAG_MENU: case GUMBO_TAG_IMG:
    case GUMBO_TAG_PICTURE: case GUMBO_TAG_VIDEO: case GUMBO_TAG_AUDIO: case GUMBO_TAG_SOURCE: case GUMBO_TAG_LABEL:
        return true;
    default:
        return false;
    }
}

bool isHidden(const GumboNode* n)
{
    static const RE hiddenStyle(QStringLiteral("display\\s*:\\s*none|visibility\\s*:\\s*hidden"));
    static const QStringList furnitureRoles{QStringLiteral("navigation"), QStringLiteral("complementary"),
                                            QStringLiteral("banner"),     QStringLiteral("contentinfo"),
                                            QStringLiteral("menu"),       QStringLiteral("menubar"),
                                            QStringLiteral("dialog"),     QStringLiteral("alertdialog"),
                                            QStringLiteral("search"),     QStringLiteral("toolbar")};
    const GumboVector& attrs = n->v.element.attributes;
    if (gumbo_get_attribute(&attrs, "hidden"))
        return true;
    if (attribute(n, "aria-hidden") == QLatin1String("true") && tagOf(n) != GUMBO_TAG_SPAN)
        return true;
    return furnitureRoles.contains(attribute(n, "role").toLower()) || hiddenStyle.match(attribute(n, "style")).hasMatch();
}

bool isHeading(GumboTag t)
{
    return t >= GUMBO_TAG_H1 && t <= GUMBO_TAG_H6;
}

bool isBlock(GumboTag t)
{
    switch (t) {
    case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_MAIN:
    case GUMBO_TAG_HEADER: case GUMBO_TAG_UL: case GUMBO_TAG_OL: case GUMBO_TAG_LI: case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_PRE: case GUMBO_TAG_TABLE: case GUMBO_TAG_TR: case GUMBO_TAG_TD: case GUMBO_TAG_TH:
    case GUMBO_TAG_FIGURE: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_DL: case GUMBO_TAG_DT: case GUMBO_TAG_DD:
    case GUMBO_TAG_HR: case GUMBO_TAG_ADDRESS: case GUMBO_TAG_DETAILS: case GUMBO_TAG_SUMMARY: case GUMBO_TAG_FORM:
    case GUMBO_TAG_FIELDSET: case GUMBO_TAG_TBODY: case GUMBO_TAG_THEAD:
        return true;
    default:
        return isHeading(t);
    }
}

bool hasBlockChild(const GumboNode* n)
{
    const GumboVector& children = childrenOf(n);
    for (unsigned i = 0; i < children.length; ++i) {
        if (isBlock(tagOf(childAt(children, i))))
            return true;
    }
    return false;
}

int tagWeight(GumboTag t)
{
    switch (t) {
    case GUMBO_TAG_DIV: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_MAIN: return 5;
    case GUMBO_TAG_PRE: case GUMBO_TAG_TD: case GUMBO_TAG_BLOCKQUOTE: return 3;
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_OL: case GUMBO_TAG_UL: case GUMBO_TAG_DL: case GUMBO_TAG_DD:
    case GUMBO_TAG_DT: case GUMBO_TAG_LI: case GUMBO_TAG_FORM: return -3;
    case GUMBO_TAG_TH: return -5;
    default: return isHeading(t) ? -5 : 0;
    }
}

} // namespace

int classWeight(const GumboNode* n)
{
    const QString hints = classAndId(n);
    int weight = 0;
    if (hints.trimmed().isEmpty())
        return weight;
    if (negativeHints().match(hints).hasMatch())
        weight -= 25;
    if (positiveHints().match(hints).hasMatch())
        weight += 25;
    if (attribute(n, "itemprop").contains(QLatin1String("articleBody")))
        weight += 25;
    return weight;
}

void ArticleExtractor::prune(const GumboNode* n)
{
    if (isElement(n)) {
        const GumboTag t = tagOf(n);
        const bool structural = t == GUMBO_TAG_HTML || t == GUMBO_TAG_BODY || t == GUMBO_TAG_ARTICLE
            || t == GUMBO_TAG_MAIN || t == GUMBO_TAG_A || attribute(n, "role") == QLatin1String("main");
        bool drop = alwaysDropped(t) || isHidden(n);
        if (!drop && m_stripUnlikely && !structural) {
            const QString hints = classAndId(n);
            drop = unlikelyCandidates().match(hints).hasMatch() && !maybeCandidate().match(hints).hasMatch();
        }
        if (drop) {
            m_removed.insert(n);
            return;
        }
    } else if (n->type == GUMBO_NODE_COMMENT) {
        m_removed.insert(n);
        return;
    }
    const GumboVector& children = childrenOf(n);
    for (unsigned i = 0; i < children.length; ++i)
        prune(childAt(children, i));
}

ArticleExtractor::Stats ArticleExtractor::computeStats(const GumboNode* n, bool inLink)
{
    Stats s;
    if (removed(n))
        return s;
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA) {
        const QString text = textOf(n).simplified();
        s.chars = int(text.size());
        s.commas = int(text.count(u',') + text.count(u'，') + text.count(u'、'));
        s.linkChars = inLink ? s.chars : 0;
        return s;
    }
    const bool link = inLink || tagOf(n) == GUMBO_TAG_A;
    const GumboVector& children = childrenOf(n);
    for (unsigned i = 0; i < children.length; ++i) {
        const Stats c = computeStats(childAt(children, i), link);
        s.chars += c.chars;
        s.linkChars += c.linkChars;
        s.commas += c.commas;
    }
    if (isElement(n))
        m_stats.insert(n, s);
    return s;
}

double& ArticleExtractor::candidate(const GumboNode* n)
{
    auto it = m_scores.find(n);
    if (it == m_scores.end())
        it = m_scores.insert(n, double(tagWeight(tagOf(n)) + classWeight(n)));
    return *it;
}

void ArticleExtractor::addScore(const GumboNode* paragraph, double score)
{
    int level = 0;
    for (const GumboNode* a = paragraph->parent; isElement(a) && level < 5; a = a->parent, ++level) {
        const double divider = level == 0 ? 1.0 : level == 1 ? 2.0 : level * 3.0;
        candidate(a) += score / divider;
    }
}

void ArticleExtractor::scoreParagraphs(const GumboNode* n)
{
    if (removed(n))
        return;
    const GumboTag t = tagOf(n);
    const bool paragraph = t == GUMBO_TAG_P || t == GUMBO_TAG_PRE || t == GUMBO_TAG_TD || t == GUMBO_TAG_SECTION
        || (t >= GUMBO_TAG_H2 && t <= GUMBO_TAG_H6)
        || ((t == GUMBO_TAG_DIV || t == GUMBO_TAG_BLOCKQUOTE) && !hasBlockChild(n));
    if (paragraph) {
        const Stats s = stats(n);
        if (s.chars >= 25)
            addScore(n, 1.0 + s.commas + std::min(3, s.chars / 100));
        if (t != GUMBO_TAG_SECTION && t != GUMBO_TAG_TD)
            return; // sections and layout cells may hold paragraphs of their own
    }
    // Text written straight into a container beside its blocks counts as a paragraph of it.
    int looseChars = 0;
    const GumboVector& children = childrenOf(n);
    for (unsigned i = 0; i < children.length; ++i) {
        const GumboNode* c = childAt(children, i);
        if (c->type == GUMBO_NODE_TEXT)
            looseChars += int(textOf(c).simplified().size());
        else
            scoreParagraphs(c);
    }
    if (looseChars >= 25 && isElement(n) && hasBlockChild(n)) {
        candidate(n) += 1.0 + std::min(3, looseChars / 100);
        addScore(n, (1.0 + std::min(3, looseChars / 100)) / 2);
    }
}

const GumboNode* ArticleExtractor::pickTop(const GumboNode* body)
{
    QList<QPair<double, const GumboNode*>> ranked;
    for (auto it = m_scores.begin(); it != m_scores.end(); ++it) {
        it.value() *= 1.0 - stats(it.key()).linkDensity();
        ranked.append({it.value(), it.key()});
    }
    if (ranked.isEmpty())
        return body;
    std::sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    const GumboNode* top = ranked.first().second;
    const double topScore = ranked.first().first;

    // When paragraphs are wrapped one per block (BBC's text-blocks), several near-equal candidates
    // share an ancestor: that ancestor is the article.
    QList<const GumboNode*> alternatives;
    for (qsizetype i = 1; i < std::min<qsizetype>(ranked.size(), 6); ++i) {
        if (ranked.at(i).first >= topScore * 0.75)
            alternatives.append(ranked.at(i).second);
    }
    if (alternatives.size() >= 3) {
        for (const GumboNode* a = top->parent; isElement(a) && tagOf(a) != GUMBO_TAG_BODY; a = a->parent) {
            int contained = 0;
            for (const GumboNode* alt : alternatives) {
                for (const GumboNode* p = alt; p; p = p->parent) {
                    if (p == a) {
                        ++contained;
                        break;
                    }
                }
            }
            if (contained >= 3) {
                top = a;
                break;
            }
        }
    }
    // A lone child adds nothing its parent does not hold.
    while (isElement(top->parent) && tagOf(top->parent) != GUMBO_TAG_BODY) {
        const GumboVector& siblings = childrenOf(top->parent);
        int elements = 0;
        for (unsigned i = 0; i < siblings.length; ++i)
            elements += isElement(childAt(siblings, i)) && !removed(childAt(siblings, i)) ? 1 : 0;
        if (elements != 1)
            break;
        top = top->parent;
    }
    return top;
}

QList<const GumboNode*> ArticleExtractor::withSiblings(const GumboNode* top)
{
    if (!isElement(top->parent) || tagOf(top) == GUMBO_TAG_BODY)
        return {top};
    const double topScore = m_scores.value(top);
    const double threshold = std::max(10.0, topScore * 0.2);
    const QString topClass = attribute(top, "class");
    QList<const GumboNode*> kept;
    const GumboVector& siblings = childrenOf(top->parent);
    for (unsigned i = 0; i < siblings.length; ++i) {
        const GumboNode* s = childAt(siblings, i);
        if (!isElement(s) || removed(s))
            continue;
        if (s != top && furnitureHints().match(classAndId(s)).hasMatch())
            continue; // comments and paywall prompts beside the article score well but are not it
        bool keep = s == top;
        if (!keep && m_scores.contains(s)) {
            const double bonus = !topClass.isEmpty() && attribute(s, "class") == topClass ? topScore * 0.2 : 0.0;
            keep = m_scores.value(s) + bonus >= threshold;
        }
        if (!keep && tagOf(s) == GUMBO_TAG_P) {
            const Stats st = stats(s);
            const QString text = innerText(s).simplified();
            keep = (st.chars > 80 && st.linkDensity() < 0.25)
                || (st.chars > 0 && st.linkChars == 0 && (text.endsWith(u'.') || text.contains(QLatin1String(". "))));
        }
        if (keep)
            kept.append(s);
    }
    return kept;
}

void ArticleExtractor::clean(const GumboNode* n, const GumboNode* top)
{
    if (removed(n) || !isElement(n))
        return;
    if (n != top) {
        const GumboTag t = tagOf(n);
        const Stats s = stats(n);
        const QString hints = classAndId(n);
        const int weight = classWeight(n);
        const QString text = s.chars <= 120 ? innerText(n).simplified() : QString();
        const bool byline = s.chars > 0 && s.chars < 100
            && (attribute(n, "rel") == QLatin1String("author") || attribute(n, "itemprop").contains(QLatin1String("author"))
                || bylineHints().match(hints).hasMatch());
        bool drop = false;
        if (byline) {
            m_bylines.append(text);
            drop = true;
        } else if (s.chars < 100 && dateHints().match(hints).hasMatch()) {
            drop = true;
        } else if (!text.isEmpty() && noiseText().match(text).hasMatch()) {
            drop = true;
        } else if ((weight < 0 || furnitureHints().match(hints).hasMatch()) && t != GUMBO_TAG_P) {
            drop = true;
        } else if (isHeading(t)) {
            drop = s.linkDensity() > 0.33;
        } else if (t == GUMBO_TAG_UL || t == GUMBO_TAG_OL || t == GUMBO_TAG_TABLE || t == GUMBO_TAG_DIV
                   || t == GUMBO_TAG_SECTION || t == GUMBO_TAG_FORM || t == GUMBO_TAG_FIELDSET || t == GUMBO_TAG_HEADER) {
            // Link lists (related stories, tags, "more on this") and empty wrappers.
            const double limit = weight >= 25 ? 0.5 : 0.3;
            drop = s.chars < 1000 && s.linkDensity() > limit;
        }
        if (drop) {
            m_removed.insert(n);
            return;
        }
    }
    const GumboVector& children = childrenOf(n);
    for (unsigned i = 0; i < children.length; ++i)
        clean(childAt(children, i), top);
}

ArticleExtractor::Result ArticleExtractor::extract(const GumboNode* root, bool stripUnlikely)
{
    ArticleExtractor x(stripUnlikely);
    const GumboNode* body = findFirst(root, GUMBO_TAG_BODY);
    if (!body)
        body = root;
    x.prune(body);
    x.computeStats(body, false);
    x.scoreParagraphs(body);
    const GumboNode* top = x.pickTop(body);
    const QList<const GumboNode*> nodes = x.withSiblings(top);
    for (const GumboNode* n : nodes)
        x.clean(n, n);
    return {renderText(nodes, x.m_removed), x.m_bylines};
}

} // namespace Crossread::Import::Html
