// SPDX-License-Identifier: MIT
#include "htmldom_p.h"
#include "readability.h"

namespace Crossread::Import::Html {

namespace {

// Writes text the way a browser lays it out: white space collapsed, blocks as paragraphs
// separated by a blank line, list items and table rows on lines of their own.
class Writer
{
public:
    explicit Writer(const QSet<const GumboNode*>& removed) : m_removed(removed) {}

    void write(const GumboNode* n)
    {
        if (m_removed.contains(n))
            return;
        if (!isElement(n)) {
            if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE || n->type == GUMBO_NODE_CDATA)
                appendText(textOf(n));
            return;
        }
        const GumboTag t = tagOf(n);
        switch (t) {
        case GUMBO_TAG_BR: breakLine(1); return;
        case GUMBO_TAG_HR: breakLine(2); return;
        case GUMBO_TAG_PRE: writePre(n); return;
        case GUMBO_TAG_UL: case GUMBO_TAG_OL: writeList(n, t == GUMBO_TAG_OL); return;
        case GUMBO_TAG_TR: case GUMBO_TAG_DT: case GUMBO_TAG_DD: case GUMBO_TAG_LI: case GUMBO_TAG_FIGCAPTION:
            breakLine(1);
            writeChildren(n);
            breakLine(1);
            return;
        case GUMBO_TAG_TD: case GUMBO_TAG_TH:
            m_space = true;
            writeChildren(n);
            m_space = true;
            return;
        case GUMBO_TAG_A:
            ++m_linkDepth;
            writeChildren(n);
            --m_linkDepth;
            return;
        default: break;
        }
        const bool block = isBlockElement(t);
        if (block)
            breakLine(2);
        const bool heading = t >= GUMBO_TAG_H1 && t <= GUMBO_TAG_H6;
        const qsizetype before = m_out.size();
        writeChildren(n);
        if (heading && m_out.size() > before) {
            m_headingStart = before;
            m_headingEnd = m_out.size();
        }
        if (block)
            breakLine(2);
    }

    QString result()
    {
        endParagraph();
        // A heading with nothing after it ("References" whose list was cleaned away) introduces nothing.
        if (m_headingEnd == m_out.size() && m_headingStart >= 0) {
            m_out.truncate(m_headingStart);
            while (m_out.endsWith(u'\n'))
                m_out.chop(1);
        }
        return m_out;
    }

private:
    static bool isBlockElement(GumboTag t)
    {
        switch (t) {
        case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_MAIN:
        case GUMBO_TAG_HEADER: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_TABLE: case GUMBO_TAG_FIGURE:
        case GUMBO_TAG_DL: case GUMBO_TAG_ADDRESS: case GUMBO_TAG_DETAILS: case GUMBO_TAG_SUMMARY:
        case GUMBO_TAG_FORM: case GUMBO_TAG_FIELDSET: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3:
        case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_CENTER: case GUMBO_TAG_CAPTION:
            return true;
        default:
            return false;
        }
    }

    void writeChildren(const GumboNode* n)
    {
        const GumboVector& children = childrenOf(n);
        for (unsigned i = 0; i < children.length; ++i)
            write(childAt(children, i));
    }

    void writeList(const GumboNode* list, bool ordered)
    {
        breakLine(2);
        int number = 0;
        const GumboVector& items = childrenOf(list);
        for (unsigned i = 0; i < items.length; ++i) {
            const GumboNode* item = childAt(items, i);
            if (m_removed.contains(item))
                continue;
            if (tagOf(item) != GUMBO_TAG_LI) {
                write(item);
                continue;
            }
            breakLine(1);
            appendRaw(ordered ? QString::number(++number) + QStringLiteral(". ") : QStringLiteral("• "));
            writeChildren(item);
        }
        breakLine(2);
    }

    void writePre(const GumboNode* n)
    {
        breakLine(2);
        QString text = innerText(n);
        if (text.startsWith(u'\n'))
            text.remove(0, 1);
        appendRaw(text);
        breakLine(2);
    }

    // A short paragraph made mostly of links ("Order Reprints | Today's Paper") is navigation.
    void endParagraph()
    {
        if (m_paraChars > 0 && m_paraChars < 200 && m_paraLinkChars * 10 > m_paraChars * 6) {
            m_out.truncate(m_paraStart);
            while (m_out.endsWith(u'\n'))
                m_out.chop(1);
        }
        m_paraChars = m_paraLinkChars = 0;
    }

    void startParagraphIfNeeded()
    {
        if (m_pendingBreak > 0 || m_out.isEmpty()) {
            if (!m_out.isEmpty())
                m_out += QString(m_pendingBreak, u'\n');
            m_pendingBreak = 0;
            m_paraStart = m_out.size();
        }
    }

    void breakLine(int newlines)
    {
        endParagraph();
        m_pendingBreak = std::max(m_pendingBreak, newlines);
        m_space = false;
    }

    void appendRaw(const QString& text)
    {
        startParagraphIfNeeded();
        m_out += text;
        m_space = false;
    }

    void appendText(const QString& text)
    {
        for (const QChar c : text) {
            if (c == u' ' || c == u'\n' || c == u'\t' || c == u'\r' || c == u'\f') {
                m_space = true;
                continue;
            }
            if (m_pendingBreak > 0 || m_out.isEmpty())
                startParagraphIfNeeded();
            else if (m_space && !m_out.endsWith(u'\n') && !m_out.endsWith(u' '))
                m_out += u' ';
            m_space = false;
            m_out += c;
            ++m_paraChars;
            if (m_linkDepth > 0)
                ++m_paraLinkChars;
        }
    }

    const QSet<const GumboNode*>& m_removed;
    QString m_out;
    int m_pendingBreak = 0;
    bool m_space = false;
    int m_linkDepth = 0;
    qsizetype m_paraStart = 0; // where the paragraph being written starts in m_out
    int m_paraChars = 0;
    int m_paraLinkChars = 0;
    qsizetype m_headingStart = -1; // where the last heading's text starts and ends in m_out
    qsizetype m_headingEnd = -1;
};

} // namespace

QString renderText(const QList<const GumboNode*>& nodes, const QSet<const GumboNode*>& removed)
{
    Writer writer(removed);
    for (const GumboNode* n : nodes) {
        writer.write(n);
    }
    return writer.result();
}

} // namespace Crossread::Import::Html
