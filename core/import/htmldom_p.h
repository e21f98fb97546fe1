// SPDX-License-Identifier: MIT
// Small read-only helpers over gumbo's parse tree, shared by the HTML importer's parts.
#pragma once

#include <QString>
#include <gumbo.h>

namespace Crossread::Import::Html {

inline bool isElement(const GumboNode* n)
{
    return n && (n->type == GUMBO_NODE_ELEMENT || n->type == GUMBO_NODE_TEMPLATE);
}

inline GumboTag tagOf(const GumboNode* n)
{
    return isElement(n) ? n->v.element.tag : GUMBO_TAG_UNKNOWN;
}

inline const GumboVector& childrenOf(const GumboNode* n)
{
    static const GumboVector empty{nullptr, 0, 0};
    if (n->type == GUMBO_NODE_DOCUMENT)
        return n->v.document.children;
    return isElement(n) ? n->v.element.children : empty;
}

inline const GumboNode* childAt(const GumboVector& v, unsigned i)
{
    return static_cast<const GumboNode*>(v.data[i]);
}

inline QString attribute(const GumboNode* n, const char* name)
{
    if (!isElement(n))
        return {};
    const GumboAttribute* a = gumbo_get_attribute(&n->v.element.attributes, name);
    return a ? QString::fromUtf8(a->value).trimmed() : QString();
}

/// class and id together, lower case, for the hint patterns.
inline QString classAndId(const GumboNode* n)
{
    return (attribute(n, "class") + u' ' + attribute(n, "id")).toLower();
}

inline QString textOf(const GumboNode* n)
{
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE || n->type == GUMBO_NODE_CDATA)
        return QString::fromUtf8(n->v.text.text);
    return {};
}

/// All text below `n`, as written (scripts included); callers simplify it as needed.
inline QString innerText(const GumboNode* n)
{
    QString out = textOf(n);
    const GumboVector& children = childrenOf(n);
    for (unsigned i = 0; i < children.length; ++i)
        out += innerText(childAt(children, i));
    return out;
}

/// The first element below `n` (depth first) with `tag`, or null.
inline const GumboNode* findFirst(const GumboNode* n, GumboTag tag)
{
    if (tagOf(n) == tag)
        return n;
    const GumboVector& children = childrenOf(n);
    for (unsigned i = 0; i < children.length; ++i) {
        if (const GumboNode* found = findFirst(childAt(children, i), tag))
            return found;
    }
    return nullptr;
}

} // namespace Crossread::Import::Html
