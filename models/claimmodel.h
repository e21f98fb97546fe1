// SPDX-License-Identifier: MIT
#pragma once

#include "store/types.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QList>

namespace Crossread {

class ProjectStore;

/// The project's claim records as a tree: each claim (title, verdict, speaker, outlets) with its
/// anchors below it (the annotation's document and quote).
///
/// Observes the store: a claim added or removed is one top-level row; a claim whose anchors
/// change (through the claim API, or because an anchoring annotation was removed or restored)
/// has its children replaced and its row refreshed. Resets only when a project opens or closes.
/// Child indexes carry their claim's id, so they stay valid while other claims come and go.
class ClaimModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClaimModel)

public:
    enum Column { TitleColumn, VerdictColumn, SpeakerColumn, DocumentsColumn, ColumnCount };

    explicit ClaimModel(ProjectStore* store, QObject* parent = nullptr);
    ~ClaimModel() override;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    ClaimId claimId(const QModelIndex& index) const; // of a claim row or of an anchor's claim
    AnnotationId annotationId(const QModelIndex& index) const; // of an anchor row; 0 for claim rows
    QModelIndex indexOfClaim(ClaimId id, int column = TitleColumn) const;
    const ClaimRecord* claim(ClaimId id) const;

private:
    void reload();
    void onClaimAdded(ClaimId id);
    void onClaimRemoved(ClaimId id);
    /// Re-reads `id` and brings its row and children in line.
    void refreshClaim(ClaimId id);
    /// Re-reads every claim anchored in or at the given annotation (signals without a claim id).
    void refreshClaimsTouching(AnnotationId annotation, DocumentId document);
    void onDocumentChanged(DocumentId id);
    void rebuildRowIndex();
    QString documentLabel(DocumentId id) const;
    QString speakerName(EntityId id) const;

    ProjectStore* m_store;
    QList<ClaimRecord> m_claims; // by id, as the store lists them
    QHash<ClaimId, int> m_rowOf;
    QHash<DocumentId, QString> m_documents; // outlet or title, for the anchor rows
};

} // namespace Crossread
