// SPDX-License-Identifier: MIT
#include "searchresultsmodel.h"

#include "roles.h"
#include "store/projectstore.h"
#include "text/offsets.h"

#include <QLocale>

namespace Crossread {

SearchResultsModel::SearchResultsModel(ProjectStore* store, QObject* parent)
    : QAbstractListModel(parent)
    , m_store(store)
{
    connect(m_store, &ProjectStore::projectClosed, this, &SearchResultsModel::clear);
    connect(m_store, &ProjectStore::projectOpened, this, &SearchResultsModel::refresh);
    // Any of these may add, remove or move hits. Searches take milliseconds, so the list is
    // simply searched again rather than patched.
    connect(m_store, &ProjectStore::documentAdded, this, &SearchResultsModel::refresh);
    connect(m_store, &ProjectStore::documentRemoved, this, &SearchResultsModel::refresh);
    connect(m_store, &ProjectStore::documentChanged, this, &SearchResultsModel::refresh);
    connect(m_store, &ProjectStore::annotationAdded, this, &SearchResultsModel::refresh);
    connect(m_store, &ProjectStore::annotationRemoved, this, &SearchResultsModel::refresh);
    connect(m_store, &ProjectStore::annotationChanged, this, &SearchResultsModel::refresh);
}

SearchResultsModel::~SearchResultsModel() = default;

void SearchResultsModel::setQuery(const SearchQuery& query)
{
    m_query = query;
    refresh();
}

void SearchResultsModel::refresh()
{
    SearchResults results;
    if (!m_query.text.trimmed().isEmpty() && m_store->isOpen())
        results = m_store->search(m_query, m_stemmer);
    beginResetModel();
    m_hits = results.hits;
    m_error = results.error;
    endResetModel();
    Q_EMIT searched(int(m_hits.size()), m_error);
}

void SearchResultsModel::clear()
{
    beginResetModel();
    m_hits.clear();
    m_error.clear();
    endResetModel();
}

int SearchResultsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

QVariant SearchResultsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SearchHit& h = m_hits.at(index.row());
    const TextSpan first = h.spans.isEmpty() ? TextSpan{} : h.spans.first();
    switch (role) {
    case Qt::DisplayRole:
        return h.snippet;
    case Qt::ToolTipRole: {
        QString tip = h.title.isEmpty() ? tr("Untitled document") : h.title;
        if (!h.outlet.isEmpty())
            tip += u" — " + h.outlet;
        if (h.published.isValid())
            tip += u", " + QLocale().toString(h.published, QLocale::ShortFormat);
        return QString(tip + u" (" + searchFieldName(h.field, true) + u')');
    }
    case DocumentIdRole:
        return h.document;
    case AnnotationIdRole:
        return h.annotation;
    case FieldRole:
        return int(h.field);
    case StartRole:
        return first.start;
    case EndRole:
        return first.end;
    case SpansRole: {
        QVariantList spans;
        for (const TextSpan& s : h.spans)
            spans.append(QVariant(QVariantList{s.start, s.end}));
        return spans;
    }
    case SnippetRole:
        return h.snippet;
    case SnippetHtmlRole:
        return snippetHtml(h);
    case ScoreRole:
        return h.score;
    case TitleRole:
        return h.title;
    case OutletRole:
        return h.outlet;
    case PublishedRole:
        return h.published;
    default:
        return {};
    }
}

QHash<int, QByteArray> SearchResultsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    const std::pair<int, const char*> extra[] = {
        {DocumentIdRole, "document"}, {AnnotationIdRole, "annotation"}, {FieldRole, "field"}, {StartRole, "start"},
        {EndRole, "end"}, {SpansRole, "spans"}, {SnippetRole, "snippet"}, {SnippetHtmlRole, "snippetHtml"},
        {ScoreRole, "score"}, {TitleRole, "title"}, {OutletRole, "outlet"}, {PublishedRole, "published"}};
    for (const auto& [role, name] : extra)
        names.insert(role, name);
    return names;
}

QString SearchResultsModel::snippetHtml(const SearchHit& hit)
{
    const OffsetMap map(hit.snippet);
    QString html;
    qint64 at = 0; // UTF-16
    for (const TextSpan& s : hit.snippetSpans) {
        const qint64 u0 = std::max(at, map.toUtf16(s.start));
        const qint64 u1 = std::max(u0, map.toUtf16(s.end));
        html += hit.snippet.mid(at, u0 - at).toHtmlEscaped() + u"<b>" + hit.snippet.mid(u0, u1 - u0).toHtmlEscaped()
            + u"</b>";
        at = u1;
    }
    return html + hit.snippet.mid(at).toHtmlEscaped();
}

} // namespace Crossread
