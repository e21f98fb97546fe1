// SPDX-License-Identifier: MIT
#pragma once

#include <QCollator>
#include <QSortFilterProxyModel>

namespace Crossread {

/// A sort/filter proxy that orders text with QCollator in the UI locale, case-insensitively and
/// with numbers by value: Ukrainian і, ї, є and ґ fall inside the alphabet instead of after я,
/// and "Report 10" follows "Report 9". Values other than text (dates, counts) compare as usual.
/// A key "text\0rest" collates its text and orders equal texts by `rest` as it is (a document's
/// title, then the zero-padded offset of a passage in it).
class CollatingSortProxy : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CollatingSortProxy)

public:
    explicit CollatingSortProxy(QObject* parent = nullptr);
    ~CollatingSortProxy() override;

    /// The locale whose collation orders text (the default locale unless set).
    void setCollationLocale(const QLocale& locale);

protected:
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    QCollator m_collator;
};

} // namespace Crossread
