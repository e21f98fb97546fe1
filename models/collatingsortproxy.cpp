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
        if (const int c = m_collator.compare(l.toString(), r.toString()); c != 0)
            return c < 0;
        // Equal for the collator (case or width only): a stable, deterministic order all the same.
        return l.toString() < r.toString();
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace Crossread
