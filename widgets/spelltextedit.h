// SPDX-License-Identifier: MIT
#pragma once

#include <QPlainTextEdit>

namespace Crossread {

class SpellChecker;
class SpellHighlighter;

/// A plain-text editor for the user's own writing (notes, rationales) with spell checking:
/// wavy underlines, and suggestions plus "Add to Dictionary" in the context menu.
class SpellTextEdit final : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpellTextEdit)

public:
    explicit SpellTextEdit(QWidget* parent = nullptr);

    /// Not owned; nullptr switches checking off.
    void setSpellChecker(SpellChecker* checker);
    SpellHighlighter* highlighter() const { return m_highlighter; }

    /// The context menu for document position `position` (exposed for tests and keyboard users).
    QMenu* createSpellMenu(int position);

protected:
    void contextMenuEvent(QContextMenuEvent* event) override;

private:
    SpellHighlighter* m_highlighter;
};

} // namespace Crossread
