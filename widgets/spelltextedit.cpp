// SPDX-License-Identifier: MIT
#include "spelltextedit.h"

#include "spell/spellchecker.h"
#include "spellhighlighter.h"
#include "spellservice.h"

#include <QContextMenuEvent>
#include <QMenu>
#include <QMimeData>
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

void SpellTextEdit::setSpellService(SpellService* service)
{
    if (m_service)
        disconnect(m_service, nullptr, this, nullptr);
    m_service = service;
    if (!service) {
        setSpellChecker(nullptr);
        return;
    }
    connect(service, &SpellService::checkerChanged, this, [this] { setSpellChecker(m_service->checker()); });
    connect(service, &SpellService::wordAdded, this, [this](const QString& word) { m_highlighter->acceptWord(word); });
    // The service going away takes its checker with it.
    connect(service, &QObject::destroyed, this, [this] { m_highlighter->setChecker(nullptr); });
    setSpellChecker(service->checker());
}

void SpellTextEdit::setSingleLine(bool singleLine)
{
    m_singleLine = singleLine;
    setTabChangesFocus(singleLine || tabChangesFocus());
    setLineWrapMode(singleLine ? QPlainTextEdit::NoWrap : QPlainTextEdit::WidgetWidth);
    setVerticalScrollBarPolicy(singleLine ? Qt::ScrollBarAlwaysOff : Qt::ScrollBarAsNeeded);
    setHorizontalScrollBarPolicy(singleLine ? Qt::ScrollBarAlwaysOff : Qt::ScrollBarAsNeeded);
    setSizePolicy(QSizePolicy::Expanding, singleLine ? QSizePolicy::Fixed : QSizePolicy::Expanding);
    if (singleLine)
        setFixedHeight(singleLineHeight());
    updateGeometry();
}

int SpellTextEdit::singleLineHeight() const
{
    const int margins = int(2 * document()->documentMargin()) + 2 * frameWidth();
    return fontMetrics().lineSpacing() + margins + 2;
}

QSize SpellTextEdit::sizeHint() const
{
    QSize s = QPlainTextEdit::sizeHint();
    if (m_singleLine)
        s.setHeight(singleLineHeight());
    return s;
}

QSize SpellTextEdit::minimumSizeHint() const
{
    QSize s = QPlainTextEdit::minimumSizeHint();
    if (m_singleLine)
        s.setHeight(singleLineHeight());
    return s;
}

void SpellTextEdit::keyPressEvent(QKeyEvent* event)
{
    // A single line has no use for Enter: the dialog's default button gets it, as from a QLineEdit.
    if (m_singleLine && (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)) {
        event->ignore();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

void SpellTextEdit::insertFromMimeData(const QMimeData* source)
{
    if (!m_singleLine || !source->hasText()) {
        QPlainTextEdit::insertFromMimeData(source);
        return;
    }
    insertPlainText(source->text().simplified());
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
    connect(add, &QAction::triggered, this, [this, checker, text] {
        // Through the service every open editor stops flagging the word, not just this one.
        if (m_service && m_service->checker() == checker)
            m_service->addToPersonalDictionary(text);
        else
            checker->addToPersonalDictionary(text);
        m_highlighter->acceptWord(text);
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
