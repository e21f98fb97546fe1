// SPDX-License-Identifier: MIT
#include "clustermodel.h"

#include "roles.h"

#include "matching/clusteractions.h"
#include "store/projectstore.h"

#include <QLocale>

namespace Crossread {

ClusterModel::ClusterModel(ProjectStore* store, QObject* parent) : QAbstractItemModel(parent), m_store(store)
{
    if (!m_store)
        return;
    connect(m_store, &ProjectStore::documentRemoved, this, &ClusterModel::onDocumentRemoved);
    connect(m_store, &ProjectStore::annotationAdded, this,
            [this](AnnotationId, DocumentId document) { refreshConfirmed(document); });
    connect(m_store, &ProjectStore::annotationRemoved, this,
            [this](AnnotationId, DocumentId document) { refreshConfirmed(document); });
    connect(m_store, &ProjectStore::annotationChanged, this,
            [this](AnnotationId, DocumentId document) { refreshConfirmed(document); });
    connect(m_store, &ProjectStore::projectClosed, this, [this] { setClusters({}); });
}

ClusterModel::~ClusterModel() = default;

void ClusterModel::setClusters(const QList<StatementCluster>& clusters)
{
    beginResetModel();
    m_nodes.clear();
    for (const StatementCluster& c : clusters) {
        auto node = std::make_unique<Node>();
        node->cluster = c;
        node->confirmed = m_store && m_store->isOpen() && ClusterActions::isConfirmed(*m_store, c);
        m_nodes.push_back(std::move(node));
    }
    endResetModel();
}

int ClusterModel::rowOf(const Node* node) const
{
    for (size_t i = 0; i < m_nodes.size(); ++i) {
        if (m_nodes[i].get() == node)
            return int(i);
    }
    return -1;
}

const StatementCluster* ClusterModel::clusterAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    if (const auto* node = static_cast<const Node*>(index.internalPointer()))
        return &node->cluster;
    return index.row() < int(m_nodes.size()) ? &m_nodes[size_t(index.row())]->cluster : nullptr;
}

const ClusterMember* ClusterModel::memberAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this || !index.internalPointer())
        return nullptr;
    const auto* node = static_cast<const Node*>(index.internalPointer());
    return index.row() < node->cluster.members.size() ? &node->cluster.members[index.row()] : nullptr;
}

QModelIndex ClusterModel::indexOfCluster(int clusterId) const
{
    for (size_t i = 0; i < m_nodes.size(); ++i) {
        if (m_nodes[i]->cluster.id == clusterId)
            return index(int(i), 0);
    }
    return {};
}

// Cluster rows carry no pointer; member rows point at their cluster's node, which stays put
// when other clusters come and go.
QModelIndex ClusterModel::index(int row, int column, const QModelIndex& parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < int(m_nodes.size()) ? createIndex(row, column, nullptr) : QModelIndex();
    if (parent.internalPointer() || parent.column() != 0 || parent.row() >= int(m_nodes.size()))
        return {};
    Node* node = m_nodes[size_t(parent.row())].get();
    return row < node->cluster.members.size() ? createIndex(row, column, node) : QModelIndex();
}

QModelIndex ClusterModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || !child.internalPointer())
        return {};
    const int row = rowOf(static_cast<const Node*>(child.internalPointer()));
    return row < 0 ? QModelIndex() : createIndex(row, 0, nullptr);
}

int ClusterModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_nodes.size());
    if (parent.internalPointer() || parent.column() != 0 || parent.row() >= int(m_nodes.size()))
        return 0;
    return int(m_nodes[size_t(parent.row())]->cluster.members.size());
}

int ClusterModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant ClusterModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (const auto* node = static_cast<const Node*>(index.internalPointer()))
        return memberData(*node, index.row(), index.column(), role);
    return clusterData(*m_nodes[size_t(index.row())], index.column(), role);
}

QVariant ClusterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StatementColumn: return tr("Statement");
    case OutletsColumn: return tr("Outlets");
    case DatesColumn: return tr("Dates");
    case RenderingsColumn: return tr("Renderings");
    default: return {};
    }
}

} // namespace Crossread
