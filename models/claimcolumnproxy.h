// SPDX-License-Identifier: MIT
#pragma once

#include "store/types.h"

#include <QHash>
#include <QIdentityProxyModel>

namespace Crossread {

class ProjectStore;

/// Adds a "Claim" column to an annotation table (AnnotationModel or any model whose rows give
/// AnnotationIdRole): the title of the claim record the row's annotation anchors. The claim's
/// title also joins SearchTextRole, so the free-text filter finds every anchor of a claim, and
/// its SortRole groups a claim's anchors together when the column is sorted.
class ClaimColumnProxy final : public QIdentityProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClaimColumnProxy)

public:
    explicit ClaimColumnProxy(ProjectStore* store, QObject* parent = nullptr);
    ~ClaimColumnProxy() override;

    /// The added column's index (the source's column count).
    int claimColumn() const;

    int columnCount(const QModelIndex& parent = {}) const override;
    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex& idx) const override;
    QModelIndex mapToSource(const QModelIndex& proxyIndex) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    void reloadClaims();
    ClaimId claimOf(const QModelIndex& index) const;

    ProjectStore* m_store;
    QHash<AnnotationId, ClaimId> m_claimOf;
    QHash<ClaimId, QString> m_titles;
};

} // namespace Crossread
