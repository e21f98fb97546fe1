// SPDX-License-Identifier: MIT
#pragma once

#include <QPlainTextEdit>
#include <QPointer>

namespace Crossread {

class SpellChecker;
class SpellHighlighter;
class SpellService;

/// A plain-text editor for the user's own writing (notes, rationales, metadata) with spell
/// checking: wavy underlines, and suggestions plus "Add to Dictionary" in the context menu.
class SpellTextEdit final : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpellTextEdit)

public:
    explicit SpellTextEdit(QWidget* parent = nullptr);

    /// Not owned; nullptr switches checking off.
    void setSpellChecker(SpellChecker* checker);
    /// Follows the service's checker (language changes re-check the text); nullptr stops following.
    void setSpellService(SpellService* service);
    SpellHighlighter* highlighter() const { return m_highlighter; }

    /// One line of text, like a line edit: Enter goes to the dialog, pasted line breaks become spaces.
    void setSingleLine(bool singleLine);
    bool isSingleLine() const { return m_singleLine; }

    /// The context menu for document position `position` (exposed for tests and keyboard users).
    QMenu* createSpellMenu(int position);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void contextMenuEvent(QContextMenuEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void insertFromMimeData(const QMimeData* source) override;

private:
    int singleLineHeight() const;

    SpellHighlighter* m_highlighter;
    QPointer<SpellService> m_service;
    bool m_singleLine = false;
};

} // namespace Crossread
