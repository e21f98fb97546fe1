// SPDX-License-Identifier: MIT
#pragma once

#include "matching/statementcluster.h"

#include <QAbstractItemModel>
#include <memory>
#include <vector>

namespace Crossread {

class ProjectStore;

/// Statement clusters as a tree: each cluster, then its members (renderings) as children.
///
/// The clusters come from a ClusterJob run (setClusters() replaces them, like loading a
/// project); the model then observes the store: a removed document takes its members away
/// (rows removed precisely, clusters left with one document removed too), and annotation
/// edits refresh the Confirmed column.
class ClusterModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClusterModel)

public:
    enum Column { StatementColumn, OutletsColumn, DatesColumn, RenderingsColumn, ColumnCount };
    enum Roles {
        ClusterIdRole = Qt::UserRole + 100, // int, on both levels
        IsMemberRole, // bool
        StartRole, // qint64 code point, members
        EndRole, // qint64 code point, members
        DiffRole, // QVariantList of WordDiffOp, members (empty for the earliest)
        ConfirmedRole, // bool, clusters: ClusterActions::isConfirmed
        SpeakerRole, // QString
        MemberTextRole, // QString, members: the passage as written
    };

    explicit ClusterModel(ProjectStore* store, QObject* parent = nullptr);
    ~ClusterModel() override;

    void setClusters(const QList<StatementCluster>& clusters);
    /// The cluster of a cluster or member index (nullptr for an invalid index).
    const StatementCluster* clusterAt(const QModelIndex& index) const;
    /// The member of a member index (nullptr for a cluster or invalid index).
    const ClusterMember* memberAt(const QModelIndex& index) const;
    QModelIndex indexOfCluster(int clusterId) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Node
    {
        StatementCluster cluster;
        bool confirmed = false;
    };
    int rowOf(const Node* node) const;
    void onDocumentRemoved(DocumentId id);
    void refreshConfirmed(DocumentId document);
    QVariant clusterData(const Node& node, int column, int role) const;
    QVariant memberData(const Node& node, int row, int column, int role) const;

    ProjectStore* m_store;
    std::vector<std::unique_ptr<Node>> m_nodes;
};

} // namespace Crossread
