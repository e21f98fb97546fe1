// SPDX-License-Identifier: MIT
#pragma once

#include "cues/suggestion.h"
#include "store/types.h"

#include <QAbstractTableModel>

namespace Crossread {

class ProjectStore;

/// The pending suggestions of one document (SuggestionStore::pending): kind, speaker, passage.
///
/// Observes the store: accepting (new annotations), undoing, rejecting (a settings change) and
/// removing the document refresh the rows with precise row removals and insertions, so a view
/// keeps its selection on the rows that stay.
class SuggestionModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SuggestionModel)

public:
    enum Column { KindColumn, SpeakerColumn, TextColumn, ColumnCount };
    enum Roles { StartRole = Qt::UserRole + 200, EndRole, KindRole };

    explicit SuggestionModel(ProjectStore* store, QObject* parent = nullptr);
    ~SuggestionModel() override;

    void setDocument(DocumentId id);
    DocumentId document() const { return m_document; }
    Suggestion suggestion(int row) const { return m_rows.value(row); }
    QList<Suggestion> suggestions() const { return m_rows; }

    /// Accepts the given rows as one undo step; false when the store refused.
    bool accept(const QList<int>& rows);
    /// Accepts every suggestion of `kind` as one undo step.
    bool acceptAll(SuggestionKind kind);
    /// Rejects the given rows for good (remembered in the project).
    bool reject(const QList<int>& rows);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

public Q_SLOTS:
    /// Recomputes the rows and applies the difference.
    void refresh();

private:
    ProjectStore* m_store;
    DocumentId m_document = 0;
    QList<Suggestion> m_rows;
};

} // namespace Crossread
