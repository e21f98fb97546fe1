// SPDX-License-Identifier: MIT
#pragma once

#include "store/types.h"

#include <QDockWidget>

class QAction;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace Crossread {

class DocumentModel;
class ProjectStore;

/// The project's documents: a sortable, filterable table with multi-selection and
/// "Compare side by side". Enter or double-click opens one document.
class DocumentsDock final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentsDock)

public:
    explicit DocumentsDock(ProjectStore* store, QWidget* parent = nullptr);
    ~DocumentsDock() override;

    /// The selected documents in the order the table shows them.
    QList<DocumentId> selectedDocuments() const;
    void selectDocuments(const QList<DocumentId>& documents);
    /// The selected document with the keyboard focus row (else the first selected), or 0.
    DocumentId currentDocument() const;

Q_SIGNALS:
    void compareRequested(const QList<Crossread::DocumentId>& documents);
    void documentActivated(Crossread::DocumentId document);
    /// The user asked for a document's properties (context menu, Alt+Enter).
    void propertiesRequested(Crossread::DocumentId document);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void requestCompare();
    void updateActions();
    void showContextMenu(const QPoint& pos);
    void fitColumns();

    DocumentModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QLineEdit* m_filter;
    QTableView* m_view;
    QPushButton* m_compareButton;
    QAction* m_compareAction;
    QAction* m_openAction;
    QAction* m_propertiesAction;
};

} // namespace Crossread
