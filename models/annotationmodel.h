// SPDX-License-Identifier: MIT
#pragma once

#include "store/types.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace Crossread {

class ProjectStore;

/// Every annotation of the project as a table (document, quote, tags, verdict, speaker, note).
///
/// Observes ProjectStore: an added/removed annotation is one row inserted/removed, an edit is a
/// dataChanged over that row; document, tag and entity edits refresh only the cells that show
/// them. Resets only when a project is opened or closed. Filter and sort with
/// AnnotationFilterModel.
class AnnotationModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnotationModel)

public:
    enum Column { DocumentColumn, QuoteColumn, TagsColumn, VerdictColumn, SpeakerColumn, NoteColumn, ColumnCount };

    explicit AnnotationModel(ProjectStore* store, QObject* parent = nullptr);
    ~AnnotationModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    AnnotationId annotationId(const QModelIndex& index) const;
    QModelIndex indexOf(AnnotationId id, int column = QuoteColumn) const;
    /// The names of `tags` as shown in the Tags column, in the order given.
    QString tagNames(const QList<TagId>& tags) const;

private:
    void reload();
    void loadCaches();
    /// Brings the rows in line with `fresh` using precise removes, dataChanged and inserts.
    void sync(const QList<Annotation>& fresh, DocumentId onlyDocument);
    void onAnnotationAdded(AnnotationId id);
    void onAnnotationRemoved(AnnotationId id);
    void onAnnotationChanged(AnnotationId id);
    void onDocumentChanged(DocumentId id);
    void onTagChanged(TagId id);
    void onEntitiesChanged();
    void removeRowAt(int row);
    void rebuildRowIndex(int fromRow);
    void emitColumnChanged(int column, const QList<int>& roles);
    QVariant displayData(const Annotation& a, int column) const;
    QVariant sortData(const Annotation& a, int column) const;
    QString searchText(const Annotation& a) const;

    ProjectStore* m_store;
    QList<Annotation> m_rows;
    QHash<AnnotationId, int> m_rowOf;
    QHash<DocumentId, QString> m_documentTitles;
    QHash<TagId, Tag> m_tags;
    QHash<EntityId, QString> m_entityNames;
};

} // namespace Crossread
