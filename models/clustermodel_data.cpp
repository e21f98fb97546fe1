// SPDX-License-Identifier: MIT
// ClusterModel: what each cell shows, and how the model follows the store.
#include "clustermodel.h"

#include "roles.h"

#include "matching/clusteractions.h"
#include "store/projectstore.h"

#include <QLocale>

namespace Crossread {

namespace {

QString dateText(QDate date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : ClusterModel::tr("undated");
}

QString source(const ClusterMember& m)
{
    if (!m.outlet.isEmpty())
        return m.outlet;
    return m.title.isEmpty() ? ClusterModel::tr("Document %1").arg(m.document) : m.title;
}

QVariantList diffList(const QList<WordDiffOp>& ops)
{
    QVariantList out;
    for (const WordDiffOp& op : ops)
        out.append(QVariant::fromValue(op));
    return out;
}

} // namespace

QVariant ClusterModel::clusterData(const Node& node, int column, int role) const
{
    const StatementCluster& c = node.cluster;
    switch (role) {
    case ClusterIdRole: return c.id;
    case IdRole: return qint64(c.id);
    case IsMemberRole: return false;
    case ConfirmedRole: return node.confirmed;
    case SpeakerRole: return c.speaker;
    default: break;
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != SortRole)
        return {};
    const QString first = c.members.isEmpty() ? QString() : c.members.first().text.simplified();
    switch (column) {
    case StatementColumn: {
        const QString speaker = c.speaker.isEmpty() ? tr("Unknown speaker") : c.speaker;
        if (role == SortRole)
            return speaker.toCaseFolded();
        // The statement first and whole: views elide it in the middle, so that its start and the
        // speaker at the end stay readable in a narrow panel (speaker first showed "V…"). The
        // tooltip adds the short columns' facts, which a narrow panel may hide.
        if (role == Qt::ToolTipRole) {
            const QStringList facts{clusterData(node, OutletsColumn, Qt::DisplayRole).toString(),
                                    clusterData(node, DatesColumn, Qt::DisplayRole).toString(),
                                    clusterData(node, RenderingsColumn, Qt::DisplayRole).toString()};
            return QString(tr("“%1”\n— %2", "statement, then its speaker").arg(first, speaker) + QLatin1Char('\n')
                           + facts.join(QStringLiteral(" · ")));
        }
        const QString mark = node.confirmed ? tr("✓ ", "confirmed cluster") : QString();
        return QString(mark + tr("“%1” — %2", "statement, then its speaker").arg(first, speaker));
    }
    case OutletsColumn: {
        QStringList outlets;
        for (const ClusterMember& m : c.members) {
            if (!outlets.contains(source(m)))
                outlets.append(source(m));
        }
        return outlets.join(QStringLiteral(", "));
    }
    case DatesColumn: {
        QDate lo, hi;
        for (const ClusterMember& m : c.members) {
            if (!m.published.isValid())
                continue;
            lo = lo.isValid() ? std::min(lo, m.published) : m.published;
            hi = hi.isValid() ? std::max(hi, m.published) : m.published;
        }
        if (role == SortRole)
            return lo;
        if (!lo.isValid())
            return tr("undated");
        return lo == hi ? dateText(lo) : tr("%1 – %2").arg(dateText(lo), dateText(hi));
    }
    case RenderingsColumn:
        return role == SortRole ? QVariant(int(c.members.size())) : QVariant(tr("%n rendering(s)", nullptr, int(c.members.size())));
    default: return {};
    }
}

QVariant ClusterModel::memberData(const Node& node, int row, int column, int role) const
{
    const ClusterMember& m = node.cluster.members[row];
    switch (role) {
    case ClusterIdRole: return node.cluster.id;
    case IsMemberRole: return true;
    case DocumentIdRole: return m.document;
    case StartRole: return m.start;
    case EndRole: return m.end;
    case DiffRole: return diffList(m.diff);
    case SpeakerRole: return m.speaker;
    case MemberTextRole: return m.text;
    default: break;
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != SortRole)
        return {};
    switch (column) {
    case StatementColumn: return role == Qt::DisplayRole ? m.text.simplified() : m.text;
    case OutletsColumn: return source(m);
    case DatesColumn: return role == SortRole ? QVariant(m.published) : QVariant(dateText(m.published));
    case RenderingsColumn:
        return row == 0 ? tr("earliest") : tr("%n word change(s)", nullptr, int(std::count_if(m.diff.cbegin(), m.diff.cend(), [](const WordDiffOp& op) {
                                                   return op.kind != WordDiffOp::Kind::Same;
                                               })));
    default: return {};
    }
}

void ClusterModel::onDocumentRemoved(DocumentId id)
{
    for (size_t row = 0; row < m_nodes.size();) {
        Node& node = *m_nodes[row];
        QList<ClusterMember>& members = node.cluster.members;
        QList<ClusterMember> remaining;
        for (const ClusterMember& m : members) {
            if (m.document != id)
                remaining.append(m);
        }
        StatementCluster left = node.cluster;
        left.members = remaining;
        if (remaining.size() == members.size()) {
            ++row;
        } else if (left.documentCount() < 2) {
            beginRemoveRows({}, int(row), int(row));
            m_nodes.erase(m_nodes.begin() + qsizetype(row));
            endRemoveRows();
        } else {
            const QModelIndex parentIndex = index(int(row), 0);
            // Remove the document's members one contiguous run at a time, from the end.
            for (int i = int(members.size()) - 1; i >= 0; --i) {
                if (members[i].document != id)
                    continue;
                beginRemoveRows(parentIndex, i, i);
                members.removeAt(i);
                endRemoveRows();
            }
            Q_EMIT dataChanged(index(int(row), 0), index(int(row), ColumnCount - 1));
            ++row;
        }
    }
}

void ClusterModel::refreshConfirmed(DocumentId document)
{
    for (size_t row = 0; row < m_nodes.size(); ++row) {
        Node& node = *m_nodes[row];
        const bool touches = std::any_of(node.cluster.members.cbegin(), node.cluster.members.cend(),
                                         [document](const ClusterMember& m) { return m.document == document; });
        if (!touches)
            continue;
        const bool confirmed = ClusterActions::isConfirmed(*m_store, node.cluster);
        if (confirmed != node.confirmed) {
            node.confirmed = confirmed;
            Q_EMIT dataChanged(index(int(row), 0), index(int(row), ColumnCount - 1));
        }
    }
}

} // namespace Crossread
