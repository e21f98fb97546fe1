// SPDX-License-Identifier: MIT
#pragma once

#include "store/types.h"

#include <QFrame>

class QLabel;
class QToolButton;

namespace Crossread {

class DocumentView;
class FindBar;
class ProjectStore;

/// One column of the comparison area: a header (outlet, date, title, author; move and close
/// buttons), the document's text view and its find bar.
class DocumentColumn final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentColumn)

public:
    explicit DocumentColumn(ProjectStore* store, QWidget* parent = nullptr);

    void setDocument(DocumentId id);
    DocumentId documentId() const;
    DocumentView* view() const { return m_view; }
    FindBar* findBar() const { return m_findBar; }
    void setMoveEnabled(bool left, bool right);
    /// Marks the column whose view has (or last had) the focus.
    void setCurrent(bool current);

Q_SIGNALS:
    void closeRequested();
    /// -1 to move one place left, +1 right.
    void moveRequested(int delta);
    /// The header's ⓘ button or context menu asked for the document's properties.
    void propertiesRequested(Crossread::DocumentId document);

private:
    void refreshHeader();

    ProjectStore* m_store;
    QLabel* m_source;
    QLabel* m_title;
    QLabel* m_author;
    QToolButton* m_left;
    QToolButton* m_right;
    QToolButton* m_close;
    QToolButton* m_properties;
    DocumentView* m_view;
    FindBar* m_findBar;
    QFrame* m_header;
    QWidget* m_accent;
};

} // namespace Crossread
