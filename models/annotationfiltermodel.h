// SPDX-License-Identifier: MIT
#pragma once

#include "store/types.h"

#include <QSet>
#include "collatingsortproxy.h"

#include <optional>

namespace Crossread {

/// Filters and sorts an AnnotationModel (or any model providing the roles of roles.h) by tag,
/// document, verdict and free text. All filters combine with AND; an unset filter matches all.
class AnnotationFilterModel final : public CollatingSortProxy
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnotationFilterModel)

public:
    explicit AnnotationFilterModel(QObject* parent = nullptr);
    ~AnnotationFilterModel() override;

    /// Keeps annotations carrying any of `tags` (e.g. a tag and its subtags); empty = all.
    void setTagFilter(const QSet<TagId>& tags);
    void setTagFilter(TagId tag);
    QSet<TagId> tagFilter() const { return m_tags; }

    /// Keeps annotations of `document`; 0 = all.
    void setDocumentFilter(DocumentId document);
    DocumentId documentFilter() const { return m_document; }

    /// nullopt = any verdict; an empty string keeps annotations without a verdict.
    void setVerdictFilter(const std::optional<QString>& verdict);
    std::optional<QString> verdictFilter() const { return m_verdict; }

    /// Case-insensitive words that must all occur in the quote, note, tags, speaker, verdict or title.
    void setTextFilter(const QString& text);
    QString textFilter() const { return m_text; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QSet<TagId> m_tags;
    DocumentId m_document = 0;
    std::optional<QString> m_verdict;
    QString m_text;
    QStringList m_words; // m_text split and case-folded
};

} // namespace Crossread
