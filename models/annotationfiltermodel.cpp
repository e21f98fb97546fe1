// SPDX-License-Identifier: MIT
#include "annotationfiltermodel.h"

#include "roles.h"

#include <algorithm>

namespace Crossread {

AnnotationFilterModel::AnnotationFilterModel(QObject* parent)
    : CollatingSortProxy(parent)
{
    setSortRole(SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    // Text collates in the UI locale; "title \0 offset" keys keep each document's reading order.
    setSortLocaleAware(false);
    // Edits that change whether a row matches (a tag added in the inspector) re-filter at once.
    setDynamicSortFilter(true);
}

AnnotationFilterModel::~AnnotationFilterModel() = default;

void AnnotationFilterModel::setTagFilter(const QSet<TagId>& tags)
{
    if (tags == m_tags)
        return;
    m_tags = tags;
    invalidateRowsFilter();
}

void AnnotationFilterModel::setTagFilter(TagId tag)
{
    setTagFilter(tag == 0 ? QSet<TagId>() : QSet<TagId> { tag });
}

void AnnotationFilterModel::setDocumentFilter(DocumentId document)
{
    if (document == m_document)
        return;
    m_document = document;
    invalidateRowsFilter();
}

void AnnotationFilterModel::setVerdictFilter(const std::optional<QString>& verdict)
{
    if (verdict == m_verdict)
        return;
    m_verdict = verdict;
    invalidateRowsFilter();
}

void AnnotationFilterModel::setTextFilter(const QString& text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_words = text.toCaseFolded().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateRowsFilter();
}

bool AnnotationFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_document != 0 && index.data(DocumentIdRole).toLongLong() != m_document)
        return false;
    if (m_verdict && index.data(VerdictRole).toString() != *m_verdict)
        return false;
    if (!m_tags.isEmpty()) {
        const QVariantList tags = index.data(TagIdsRole).toList();
        const bool any = std::any_of(tags.cbegin(), tags.cend(),
                                     [this](const QVariant& tag) { return m_tags.contains(tag.toLongLong()); });
        if (!any)
            return false;
    }
    if (!m_words.isEmpty()) {
        const QString haystack = index.data(SearchTextRole).toString().toCaseFolded();
        for (const QString& word : m_words) {
            if (!haystack.contains(word))
                return false;
        }
    }
    return true;
}

} // namespace Crossread
