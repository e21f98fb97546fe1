// SPDX-License-Identifier: MIT
#include "spelltextedit.h"

#include "spell/spellchecker.h"
#include "spellhighlighter.h"

#include <QContextMenuEvent>
#include <QMenu>
#include <QTextBlock>

namespace Crossread {

SpellTextEdit::SpellTextEdit(QWidget* parent)
    : QPlainTextEdit(parent)
    , m_highlighter(new SpellHighlighter(document()))
{
    connect(this, &QPlainTextEdit::cursorPositionChanged, this,
            [this] { m_highlighter->setCursorPosition(textCursor().position()); });
}

void SpellTextEdit::setSpellChecker(SpellChecker* checker)
{
    m_highlighter->setChecker(checker);
}

QMenu* SpellTextEdit::createSpellMenu(int position)
{
    QMenu* menu = createStandardContextMenu();
    SpellChecker* checker = m_highlighter->checker();
    if (!checker || !m_highlighter->isFlagged(position))
        return menu;

    QTextCursor word(document());
    word.setPosition(position);
    word.select(QTextCursor::WordUnderCursor);
    const QString text = word.selectedText();
    if (text.isEmpty())
        return menu;

    QAction* first = menu->actions().value(0);
    const QStringList suggestions = checker->suggestions(text).mid(0, 8);
    if (suggestions.isEmpty()) {
        QAction* none = new QAction(tr("No suggestions"), menu);
        none->setEnabled(false);
        menu->insertAction(first, none);
    }
    for (const QString& s : suggestions) {
        QAction* a = new QAction(s, menu);
        connect(a, &QAction::triggered, this, [this, word, s]() mutable {
            word.insertText(s); // one edit, undoable in the editor
            setTextCursor(word);
        });
        menu->insertAction(first, a);
    }
    QAction* add = new QAction(tr("Add “%1” to Dictionary").arg(text), menu);
    connect(add, &QAction::triggered, this, [this, checker, text, word] {
        checker->addToPersonalDictionary(text);
        m_highlighter->rehighlightBlock(word.block());
    });
    menu->insertAction(first, add);
    menu->insertSeparator(first);
    return menu;
}

void SpellTextEdit::contextMenuEvent(QContextMenuEvent* event)
{
    QMenu* menu = createSpellMenu(cursorForPosition(event->pos()).position());
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(event->globalPos());
}

} // namespace Crossread
