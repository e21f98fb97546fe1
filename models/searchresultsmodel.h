// SPDX-License-Identifier: MIT
#pragma once

#include "search/searchquery.h"

#include <QAbstractListModel>

namespace Crossread {

class ProjectStore;
class SpellChecker;

/// The hits of one full-text search, best first: one row per matching field of a document (its
/// text or title) or per matching note.
///
/// setQuery() runs the search through ProjectStore::search() and resets the rows (a new query is
/// a new list). Edits that can change the hits (documents removed, titles or notes changed)
/// run the last query again; closing the project clears the list.
class SearchResultsModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchResultsModel)

public:
    enum Roles {
        FieldRole = Qt::UserRole + 300, // SearchField as int
        StartRole, // qint64: code point start of the first hit in the field's text
        EndRole, // qint64: code point end of the first hit
        SpansRole, // QVariantList of QVariantList{start, end}: every hit in the field
        SnippetRole, // QString: plain excerpt on one line
        SnippetHtmlRole, // QString: the excerpt as escaped HTML with each hit in <b>
        ScoreRole, // double: bm25, lower is better
        TitleRole, // QString: the document's title
        OutletRole, // QString
        PublishedRole, // QDate
    };

    explicit SearchResultsModel(ProjectStore* store, QObject* parent = nullptr);
    ~SearchResultsModel() override;

    /// Runs `query` (an empty text clears the list). Stem expansion uses `stemmer` when set.
    void setQuery(const SearchQuery& query);
    SearchQuery query() const { return m_query; }
    void setStemmer(const SpellChecker* stemmer) { m_stemmer = stemmer; }
    const SpellChecker* stemmer() const { return m_stemmer; }
    /// The translated reason the last query gave no results, or empty.
    QString errorString() const { return m_error; }
    SearchHit hit(int row) const { return m_hits.value(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// `hit`'s snippet as HTML: escaped, with each hit in <b>…</b>.
    static QString snippetHtml(const SearchHit& hit);

public Q_SLOTS:
    /// Runs the current query again.
    void refresh();

Q_SIGNALS:
    /// Emitted after every search, with the number of hits and the error (empty when none).
    void searched(int hits, const QString& error);

private:
    void clear();

    ProjectStore* m_store;
    const SpellChecker* m_stemmer = nullptr;
    SearchQuery m_query;
    QList<SearchHit> m_hits;
    QString m_error;
};

} // namespace Crossread
