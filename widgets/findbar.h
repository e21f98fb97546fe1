// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace Crossread {

/// The "Find in document" strip under a document column (Ctrl+F). Enter finds the next match,
/// Shift+Enter the previous one, Escape closes it and returns to the text; searches wrap around.
class FindBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindBar)

public:
    explicit FindBar(QPlainTextEdit* view, QWidget* parent = nullptr);

    /// Shows the bar, prefilled with the view's selection when it is short, and focuses the field.
    void activate();
    /// Finds the next (or previous) match; false when there is none in the whole document.
    bool find(bool forward);
    QLineEdit* field() const { return m_field; }

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    QPlainTextEdit* m_view;
    QLineEdit* m_field;
    QCheckBox* m_matchCase;
    QLabel* m_status;
};

} // namespace Crossread
