// SPDX-License-Identifier: MIT
#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QSet>
#include <QSyntaxHighlighter>
#include <QTextBlock>
#include <QTimer>

namespace Crossread {

class SpellChecker;

/// Underlines misspelled words of the user's writing with a wavy line, on top of whatever format
/// the text already has. The word being typed is not flagged until the cursor leaves it.
///
/// Checking never holds up typing: QSyntaxHighlighter re-runs only the paragraph being edited,
/// verdicts are cached, and words not seen before are checked within a small time budget per
/// burst of highlighting (a few ms); the rest wait in a queue that a zero-timer works off in
/// slices between events, re-highlighting their paragraphs when done. So pasting or loading a
/// long note costs the UI thread no more than a frame (bench_spell measures it).
class SpellHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpellHighlighter)

public:
    explicit SpellHighlighter(QTextDocument* document);

    /// The checker is not owned; nullptr switches checking off.
    void setChecker(SpellChecker* checker);
    SpellChecker* checker() const { return m_checker; }
    /// Position (in the document) of the cursor; the word around it is not flagged while typing.
    void setCursorPosition(int position);
    /// Whether the word at document position `position` is currently shown as misspelled.
    bool isFlagged(int position) const;
    /// `word` became correct (added to the personal list): stop flagging it.
    void acceptWord(const QString& word);
    /// Words still waiting to be checked (0 once the whole text has its underlines).
    qsizetype pendingWords() const { return m_pending.size(); }

Q_SIGNALS:
    /// The queue of unchecked words ran empty and its paragraphs were re-highlighted.
    void checkingFinished();

protected:
    void highlightBlock(const QString& text) override;

private:
    /// Cached verdict, or a fresh one while the burst's budget lasts; nullopt: queued for later.
    std::optional<bool> verdict(const QString& word);
    void checkPending();

    SpellChecker* m_checker = nullptr;
    int m_cursor = -1;
    int m_wordStart = -1; // the word holding the cursor, in document positions
    int m_wordEnd = -1;
    QHash<QString, bool> m_verdicts;
    QSet<QString> m_pending;
    QList<QTextBlock> m_pendingBlocks;
    QTimer m_pendingTimer;
    QElapsedTimer m_burst; // start of the current burst of synchronous highlighting
    qint64 m_burstSpentNs = 0;
};

} // namespace Crossread
