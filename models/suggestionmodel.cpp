// SPDX-License-Identifier: MIT
#include "suggestionmodel.h"

#include "cues/suggestionstore.h"
#include "store/projectstore.h"


namespace Crossread {

SuggestionModel::SuggestionModel(ProjectStore* store, QObject* parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    auto touches = [this](AnnotationId, DocumentId doc) {
        if (doc == m_document)
            refresh();
    };
    connect(store, &ProjectStore::annotationAdded, this, touches);
    connect(store, &ProjectStore::annotationRemoved, this, touches);
    connect(store, &ProjectStore::annotationChanged, this, touches);
    connect(store, &ProjectStore::settingsChanged, this, &SuggestionModel::refresh);
    connect(store, &ProjectStore::documentRemoved, this, [this](DocumentId id) {
        if (id == m_document)
            setDocument(0);
    });
    connect(store, &ProjectStore::projectClosed, this, [this] { setDocument(0); });
}

SuggestionModel::~SuggestionModel() = default;

void SuggestionModel::setDocument(DocumentId id)
{
    beginResetModel();
    m_document = id;
    m_rows = id && m_store->isOpen() ? SuggestionStore::pending(*m_store, id) : QList<Suggestion>();
    endResetModel();
}

void SuggestionModel::refresh()
{
    const QList<Suggestion> next = m_document && m_store->isOpen() ? SuggestionStore::pending(*m_store, m_document)
                                                                   : QList<Suggestion>();
    // Rows gone first (bottom up, so indices stay valid), then new ones at their place; both lists
    // come from one deterministic engine run, so the rows that stay keep their relative order.
    for (int i = int(m_rows.size()) - 1; i >= 0; --i) {
        if (!next.contains(m_rows.at(i))) {
            beginRemoveRows({}, i, i);
            m_rows.removeAt(i);
            endRemoveRows();
        }
    }
    for (int i = 0; i < next.size(); ++i) {
        if (i < m_rows.size() && m_rows.at(i) == next.at(i))
            continue;
        beginInsertRows({}, i, i);
        m_rows.insert(i, next.at(i));
        endInsertRows();
    }
}

bool SuggestionModel::accept(const QList<int>& rows)
{
    QList<Suggestion> chosen;
    for (const int r : rows)
        if (r >= 0 && r < m_rows.size())
            chosen.append(m_rows.at(r));
    return !chosen.isEmpty() && !SuggestionStore::accept(*m_store, m_document, chosen).isEmpty();
}

bool SuggestionModel::acceptAll(SuggestionKind kind)
{
    QList<int> rows;
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).kind == kind)
            rows.append(i);
    return accept(rows);
}

bool SuggestionModel::reject(const QList<int>& rows)
{
    QList<Suggestion> chosen;
    for (const int r : rows)
        if (r >= 0 && r < m_rows.size())
            chosen.append(m_rows.at(r));
    bool ok = !chosen.isEmpty();
    for (const Suggestion& s : std::as_const(chosen))
        ok = SuggestionStore::reject(*m_store, m_document, s) && ok;
    return ok;
}

int SuggestionModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SuggestionModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SuggestionModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Suggestion& s = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case KindColumn:
            return suggestionKindLabel(s.kind);
        case SpeakerColumn:
            return s.speaker;
        case TextColumn:
            return QString(s.text).replace(u'\n', u' ');
        }
        return {};
    case Qt::ToolTipRole:
        return s.text;
    case StartRole:
        return s.start;
    case EndRole:
        return s.end;
    case KindRole:
        return suggestionKindName(s.kind);
    }
    return {};
}

QVariant SuggestionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KindColumn:
        return tr("Kind");
    case SpeakerColumn:
        return tr("Speaker", "who is quoted");
    case TextColumn:
        return tr("Passage");
    }
    return {};
}

} // namespace Crossread
