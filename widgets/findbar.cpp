// SPDX-License-Identifier: MIT
#include "findbar.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QToolButton>

namespace Crossread {

FindBar::FindBar(QPlainTextEdit* view, QWidget* parent)
    : QWidget(parent)
    , m_view(view)
    , m_field(new QLineEdit(this))
    , m_matchCase(new QCheckBox(tr("Match case"), this))
    , m_status(new QLabel(this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 3, 6, 3);
    layout->setSpacing(4);
    m_field->setPlaceholderText(tr("Find in document"));
    m_field->setAccessibleName(tr("Find in document"));
    m_field->setClearButtonEnabled(true);
    auto* previous = new QToolButton(this);
    previous->setArrowType(Qt::UpArrow);
    previous->setToolTip(tr("Previous match (Shift+Enter)"));
    previous->setAccessibleName(tr("Previous match"));
    auto* next = new QToolButton(this);
    next->setArrowType(Qt::DownArrow);
    next->setToolTip(tr("Next match (Enter)"));
    next->setAccessibleName(tr("Next match"));
    auto* close = new QToolButton(this);
    close->setText(QStringLiteral("✕"));
    close->setAutoRaise(true);
    close->setToolTip(tr("Close the find bar (Escape)"));
    close->setAccessibleName(tr("Close the find bar"));
    layout->addWidget(m_field, 1);
    layout->addWidget(previous);
    layout->addWidget(next);
    layout->addWidget(m_matchCase);
    layout->addWidget(m_status);
    layout->addWidget(close);

    connect(previous, &QToolButton::clicked, this, [this] { find(false); });
    connect(next, &QToolButton::clicked, this, [this] { find(true); });
    connect(close, &QToolButton::clicked, this, [this] {
        hide();
        m_view->setFocus();
    });
    connect(m_field, &QLineEdit::textEdited, this, [this] {
        // Search as you type from where the current match starts, so it grows in place.
        QTextCursor c = m_view->textCursor();
        c.setPosition(c.selectionStart());
        m_view->setTextCursor(c);
        find(true);
    });
    hide();
}

void FindBar::activate()
{
    const QString selected = m_view->textCursor().selectedText();
    if (!selected.isEmpty() && selected.size() < 80 && !selected.contains(QChar::ParagraphSeparator))
        m_field->setText(selected);
    show();
    m_field->setFocus();
    m_field->selectAll();
}

bool FindBar::find(bool forward)
{
    const QString needle = m_field->text();
    m_status->clear();
    if (needle.isEmpty())
        return false;
    QTextDocument::FindFlags flags;
    if (!forward)
        flags |= QTextDocument::FindBackward;
    if (m_matchCase->isChecked())
        flags |= QTextDocument::FindCaseSensitively;
    if (m_view->find(needle, flags))
        return true;
    // Wrap around once.
    const QTextCursor before = m_view->textCursor();
    QTextCursor c = before;
    c.movePosition(forward ? QTextCursor::Start : QTextCursor::End);
    m_view->setTextCursor(c);
    if (m_view->find(needle, flags)) {
        m_status->setText(forward ? tr("Wrapped to the top") : tr("Wrapped to the bottom"));
        return true;
    }
    m_view->setTextCursor(before);
    m_status->setText(tr("Not found"));
    return false;
}

void FindBar::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        find(!(event->modifiers() & Qt::ShiftModifier));
        return;
    case Qt::Key_Escape:
        hide();
        m_view->setFocus();
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

} // namespace Crossread
