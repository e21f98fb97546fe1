// SPDX-License-Identifier: MIT
#include "spellhighlighter.h"

#include "spell/spellchecker.h"

#include <QTextBlock>
#include <QTextBoundaryFinder>
#include <QTextDocument>

#include <optional>
#include <utility>

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

// Hunspell time one burst of synchronous highlighting may spend on words it has not seen yet,
// and how long a burst lasts: loading a long note is one burst, each keystroke starts a new one.
constexpr qint64 BurstBudgetNs = 4'000'000;
constexpr qint64 BurstLengthMs = 40;
// Time one slice of queued checking may take before the event loop gets its turn again.
constexpr qint64 SliceNs = 8'000'000;
} // namespace

SpellHighlighter::SpellHighlighter(QTextDocument* document)
    : QSyntaxHighlighter(document)
{
    m_pendingTimer.setSingleShot(true);
    m_pendingTimer.setInterval(0);
    connect(&m_pendingTimer, &QTimer::timeout, this, &SpellHighlighter::checkPending);
}

void SpellHighlighter::setChecker(SpellChecker* checker)
{
    m_checker = checker;
    m_verdicts.clear();
    m_pending.clear();
    m_pendingBlocks.clear();
    m_pendingTimer.stop();
    rehighlight();
}

void SpellHighlighter::acceptWord(const QString& word)
{
    m_verdicts.insert(word, true);
    m_pending.remove(word);
    for (QTextBlock b = document()->begin(); b.isValid(); b = b.next()) {
        if (b.text().contains(word))
            rehighlightBlock(b);
    }
}

std::optional<bool> SpellHighlighter::verdict(const QString& word)
{
    const auto known = m_verdicts.constFind(word);
    if (known != m_verdicts.cend())
        return *known;
    if (!m_burst.isValid() || m_burst.elapsed() > BurstLengthMs) {
        m_burst.start();
        m_burstSpentNs = 0;
    }
    if (m_burstSpentNs >= BurstBudgetNs)
        return std::nullopt;
    QElapsedTimer clock;
    clock.start();
    const bool correct = m_checker->isCorrect(word);
    m_burstSpentNs += clock.nsecsElapsed();
    m_verdicts.insert(word, correct);
    return correct;
}

void SpellHighlighter::checkPending()
{
    if (!m_checker) {
        m_pending.clear();
        m_pendingBlocks.clear();
        return;
    }
    QElapsedTimer clock;
    clock.start();
    while (!m_pending.isEmpty() && clock.nsecsElapsed() < SliceNs) {
        const QString word = *m_pending.cbegin();
        m_pending.erase(m_pending.cbegin());
        m_verdicts.insert(word, m_checker->isCorrect(word));
    }
    if (!m_pending.isEmpty()) {
        m_pendingTimer.start();
        return;
    }
    const QList<QTextBlock> blocks = std::exchange(m_pendingBlocks, {});
    m_burst.invalidate(); // the re-highlighting below finds every verdict cached
    for (const QTextBlock& block : blocks) {
        if (block.isValid())
            rehighlightBlock(block);
    }
    if (m_pending.isEmpty())
        Q_EMIT checkingFinished();
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
        const QString word = text.mid(start, end - start);
        const std::optional<bool> correct = verdict(word);
        if (!correct) {
            m_pending.insert(word);
            if (!m_pendingBlocks.contains(currentBlock()))
                m_pendingBlocks.append(currentBlock());
            m_pendingTimer.start();
            continue;
        }
        if (*correct)
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
