// SPDX-License-Identifier: MIT
#pragma once

#include "store/types.h"

#include <QAbstractTableModel>
#include <QList>

namespace Crossread {

class ProjectStore;

/// The project's documents as a table (title, outlet, date, annotation count).
///
/// A thin observer of ProjectStore: documents added or removed become single row inserts and
/// removals, edits and annotation counts become dataChanged on the affected row; the model
/// resets only when a project is opened or closed. Sort and filter it with a proxy.
class DocumentModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentModel)

public:
    enum Column { TitleColumn, OutletColumn, DateColumn, AnnotationsColumn, ColumnCount };

    explicit DocumentModel(ProjectStore* store, QObject* parent = nullptr);
    ~DocumentModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    DocumentId documentId(const QModelIndex& index) const;
    QModelIndex indexOf(DocumentId id, int column = TitleColumn) const;

private:
    void reload();
    void onDocumentAdded(DocumentId id);
    void onDocumentRemoved(DocumentId id);
    void onDocumentChanged(DocumentId id);
    void refreshCount(DocumentId id);
    int rowOf(DocumentId id) const;
    QString toolTip(const Document& doc) const;

    ProjectStore* m_store;
    QList<Document> m_documents; // without text
};

} // namespace Crossread
