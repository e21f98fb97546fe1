// SPDX-License-Identifier: MIT
#include "spellhighlighter.h"

#include "spell/spellchecker.h"

#include <QTextBlock>
#include <QTextBoundaryFinder>
#include <QTextDocument>

namespace Crossread {

namespace {
// Words of `text` as [start, end) pairs, by Unicode word boundaries, with inner apostrophes kept.
QList<std::pair<int, int>> words(const QString& text)
{
    QList<std::pair<int, int>> out;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Word, text);
    int start = -1;
    for (int pos = 0; pos >= 0 && pos <= text.size(); pos = finder.toNextBoundary()) {
        finder.setPosition(pos);
        const auto reasons = finder.boundaryReasons();
        if (reasons & QTextBoundaryFinder::StartOfItem)
            start = pos;
        if ((reasons & QTextBoundaryFinder::EndOfItem) && start >= 0) {
            bool letters = false;
            for (int i = start; i < pos && !letters; ++i)
                letters = text.at(i).isLetter();
            if (letters)
                out.append({start, pos});
            start = -1;
        }
        if (pos == text.size())
            break;
    }
    return out;
}
} // namespace

SpellHighlighter::SpellHighlighter(QTextDocument* document)
    : QSyntaxHighlighter(document)
{
}

void SpellHighlighter::setChecker(SpellChecker* checker)
{
    m_checker = checker;
    rehighlight();
}

void SpellHighlighter::setCursorPosition(int position)
{
    m_cursor = position;
    // Re-check only when the cursor leaves the word it was in: that word may now be flagged.
    if (position >= m_wordStart && position <= m_wordEnd)
        return;
    const QTextBlock old = document()->findBlock(m_wordStart);
    const QTextBlock block = document()->findBlock(position);
    m_wordStart = m_wordEnd = position;
    if (block.isValid()) {
        const QString text = block.text();
        const int inBlock = position - block.position();
        for (const auto& [start, end] : words(text)) {
            if (inBlock >= start && inBlock <= end) {
                m_wordStart = block.position() + start;
                m_wordEnd = block.position() + end;
                break;
            }
        }
    }
    if (old.isValid() && old != block)
        rehighlightBlock(old);
    if (block.isValid())
        rehighlightBlock(block);
}

bool SpellHighlighter::isFlagged(int position) const
{
    const QTextBlock block = document()->findBlock(position);
    if (!block.isValid() || !block.layout())
        return false;
    const int inBlock = position - block.position();
    for (const QTextLayout::FormatRange& r : block.layout()->formats()) {
        if (inBlock >= r.start && inBlock < r.start + r.length
            && r.format.underlineStyle() == QTextCharFormat::SpellCheckUnderline)
            return true;
    }
    return false;
}

void SpellHighlighter::highlightBlock(const QString& text)
{
    if (!m_checker || text.isEmpty())
        return;
    const int blockPos = currentBlock().position();
    for (const auto& [start, end] : words(text)) {
        // Leave the word being typed alone until the cursor leaves it.
        if (m_cursor >= blockPos + start && m_cursor <= blockPos + end)
            continue;
        if (m_checker->isCorrect(text.mid(start, end - start)))
            continue;
        for (int i = start; i < end; ++i) {
            QTextCharFormat f = format(i); // keep what is there, add the underline on top
            f.setUnderlineStyle(QTextCharFormat::SpellCheckUnderline);
            f.setUnderlineColor(QColor(220, 40, 40));
            setFormat(i, 1, f);
        }
    }
}

} // namespace Crossread
