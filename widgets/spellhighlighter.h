// SPDX-License-Identifier: MIT
#pragma once

#include <QSyntaxHighlighter>

namespace Crossread {

class SpellChecker;

/// Underlines misspelled words of the user's writing with a wavy line, on top of whatever format
/// the text already has. The word being typed is not flagged until the cursor leaves it.
///
/// QSyntaxHighlighter re-checks only the paragraph being edited, and the checker caches verdicts,
/// so a keystroke costs one paragraph's words however long the note is (bench_spell measures it).
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

protected:
    void highlightBlock(const QString& text) override;

private:
    SpellChecker* m_checker = nullptr;
    int m_cursor = -1;
    int m_wordStart = -1; // the word holding the cursor, in document positions
    int m_wordEnd = -1;
};

} // namespace Crossread
