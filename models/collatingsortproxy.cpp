// SPDX-License-Identifier: MIT
#include "collatingsortproxy.h"

namespace Crossread {

CollatingSortProxy::CollatingSortProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setCollationLocale(QLocale());
}

CollatingSortProxy::~CollatingSortProxy() = default;

void CollatingSortProxy::setCollationLocale(const QLocale& locale)
{
    m_collator = QCollator(locale);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    m_collator.setNumericMode(true);
    invalidate();
}

bool CollatingSortProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const QVariant l = left.data(sortRole());
    const QVariant r = right.data(sortRole());
    if (l.typeId() == QMetaType::QString && r.typeId() == QMetaType::QString) {
        const QString ls = l.toString(), rs = r.toString();
        const qsizetype li = ls.indexOf(QChar(0)), ri = rs.indexOf(QChar(0));
        const QStringView lt = li < 0 ? QStringView(ls) : QStringView(ls).left(li);
        const QStringView rt = ri < 0 ? QStringView(rs) : QStringView(rs).left(ri);
        if (const int c = m_collator.compare(lt, rt); c != 0)
            return c < 0;
        // Equal for the collator (the same text, or case only): the rest, then the exact text,
        // keep the order stable.
        return ls < rs;
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace Crossread
