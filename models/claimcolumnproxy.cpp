// SPDX-License-Identifier: MIT
#include "claimcolumnproxy.h"

#include "coverageroles.h"
#include "roles.h"
#include "store/projectstore.h"

namespace Crossread {

ClaimColumnProxy::ClaimColumnProxy(ProjectStore* store, QObject* parent)
    : QIdentityProxyModel(parent)
    , m_store(store)
{
    for (auto signal : {&ProjectStore::claimAdded, &ProjectStore::claimRemoved, &ProjectStore::claimChanged})
        connect(m_store, signal, this, &ClaimColumnProxy::reloadClaims);
    // Anchors vanish and return with their annotations, without a claim signal.
    for (auto signal : {&ProjectStore::annotationAdded, &ProjectStore::annotationRemoved})
        connect(m_store, signal, this, &ClaimColumnProxy::reloadClaims);
    connect(m_store, &ProjectStore::projectOpened, this, &ClaimColumnProxy::reloadClaims);
    connect(m_store, &ProjectStore::projectClosed, this, &ClaimColumnProxy::reloadClaims);
    reloadClaims();
}

ClaimColumnProxy::~ClaimColumnProxy() = default;

int ClaimColumnProxy::claimColumn() const
{
    return sourceModel() ? sourceModel()->columnCount() : 0;
}

int ClaimColumnProxy::columnCount(const QModelIndex& parent) const
{
    if (!sourceModel() || parent.isValid())
        return 0;
    return sourceModel()->columnCount() + 1;
}

QModelIndex ClaimColumnProxy::index(int row, int column, const QModelIndex& parent) const
{
    if (sourceModel() && !parent.isValid() && column == claimColumn() && row >= 0 && row < rowCount())
        return createIndex(row, column);
    return QIdentityProxyModel::index(row, column, parent);
}

QModelIndex ClaimColumnProxy::parent(const QModelIndex& child) const
{
    if (child.isValid() && child.column() == claimColumn())
        return {};
    return QIdentityProxyModel::parent(child);
}

QModelIndex ClaimColumnProxy::sibling(int row, int column, const QModelIndex& idx) const
{
    return index(row, column, idx.isValid() ? parent(idx) : QModelIndex());
}

QModelIndex ClaimColumnProxy::mapToSource(const QModelIndex& proxyIndex) const
{
    if (proxyIndex.isValid() && proxyIndex.column() == claimColumn())
        return {}; // the added column has no source cell
    return QIdentityProxyModel::mapToSource(proxyIndex);
}

Qt::ItemFlags ClaimColumnProxy::flags(const QModelIndex& index) const
{
    if (index.isValid() && index.column() == claimColumn())
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    return QIdentityProxyModel::flags(index);
}

ClaimId ClaimColumnProxy::claimOf(const QModelIndex& index) const
{
    const QModelIndex first = sourceModel()->index(index.row(), 0);
    return m_claimOf.value(first.data(AnnotationIdRole).toLongLong());
}

QVariant ClaimColumnProxy::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !sourceModel())
        return {};
    if (index.column() != claimColumn()) {
        if (role == SearchTextRole) {
            const QString title = m_titles.value(claimOf(index));
            const QString base = QIdentityProxyModel::data(index, role).toString();
            return title.isEmpty() ? base : base + QLatin1Char(' ') + title;
        }
        if (role == ClaimIdRole)
            return claimOf(index);
        return QIdentityProxyModel::data(index, role);
    }
    const ClaimId claim = claimOf(index);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole: return m_titles.value(claim);
    case SortRole: return m_titles.value(claim).toCaseFolded(); // groups a claim's anchors
    case ClaimIdRole: return claim;
    default:
        // Roles that describe the row (ids, verdict, search text) read as in the other columns.
        return data(this->index(index.row(), 0), role);
    }
}

QVariant ClaimColumnProxy::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && section == claimColumn() && sourceModel())
        return role == Qt::DisplayRole ? QVariant(tr("Claim")) : QVariant();
    return QIdentityProxyModel::headerData(section, orientation, role);
}

void ClaimColumnProxy::reloadClaims()
{
    m_claimOf.clear();
    m_titles.clear();
    if (m_store->isOpen()) {
        for (const ClaimRecord& c : m_store->claims()) {
            m_titles.insert(c.id, c.title);
            for (const ClaimAnchor& a : c.anchors)
                m_claimOf.insert(a.annotation, c.id);
        }
    }
    if (sourceModel() && rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, claimColumn()));
}

} // namespace Crossread
