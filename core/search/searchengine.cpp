// SPDX-License-Identifier: MIT
#include "searchengine.h"

#include "ftsquery.h"
#include "ftsspans_p.h"
#include "spell/spellchecker.h"
#include "stemexpander.h"
#include "store/database.h"
#include "text/offsets.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QMutex>

#include <algorithm>

Q_LOGGING_CATEGORY(lcSearch, "crossread.core.search")

using namespace Qt::StringLiterals;

namespace Crossread {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Crossread::SearchEngine", text);
}

// One statement per field. Each joins the field's row to its document for the filters and for
// what a hit shows; `ORDER BY rank` lets FTS5 sort by bm25 itself, so crossread_spans() and the
// text are read only for the rows within LIMIT. Empty filter values (''/0) switch a filter off.
const char* const kTextSql =
    "SELECT d.id, 0, search_text.rank, crossread_spans(search_text), search_text.text, d.title, d.outlet, d.published "
    "FROM search_text JOIN documents d ON d.id = search_text.rowid "
    "WHERE search_text MATCH ?1 AND (?2 = '' OR d.outlet = ?2 COLLATE NOCASE) "
    "AND (?3 = '' OR d.published >= ?3) AND (?4 = '' OR d.published <= ?4) "
    "AND (?5 = 0 OR d.id IN (SELECT a.document FROM annotations a JOIN annotation_tags t ON t.annotation = a.id "
    "WHERE t.tag = ?5)) "
    "ORDER BY search_text.rank LIMIT ?6";
const char* const kTitleSql =
    "SELECT d.id, 0, search_titles.rank, crossread_spans(search_titles), d.title, d.title, d.outlet, d.published "
    "FROM search_titles JOIN documents d ON d.id = search_titles.rowid "
    "WHERE search_titles MATCH ?1 AND (?2 = '' OR d.outlet = ?2 COLLATE NOCASE) "
    "AND (?3 = '' OR d.published >= ?3) AND (?4 = '' OR d.published <= ?4) "
    "AND (?5 = 0 OR d.id IN (SELECT a.document FROM annotations a JOIN annotation_tags t ON t.annotation = a.id "
    "WHERE t.tag = ?5)) "
    "ORDER BY search_titles.rank LIMIT ?6";
const char* const kNoteSql =
    "SELECT d.id, a.id, search_notes.rank, crossread_spans(search_notes), a.note, d.title, d.outlet, d.published "
    "FROM search_notes JOIN annotations a ON a.id = search_notes.rowid JOIN documents d ON d.id = a.document "
    "WHERE search_notes MATCH ?1 AND (?2 = '' OR d.outlet = ?2 COLLATE NOCASE) "
    "AND (?3 = '' OR d.published >= ?3) AND (?4 = '' OR d.published <= ?4) "
    "AND (?5 = 0 OR EXISTS (SELECT 1 FROM annotation_tags t WHERE t.annotation = a.id AND t.tag = ?5)) "
    "ORDER BY search_notes.rank LIMIT ?6";

/// Code point offsets of UTF-8 byte offsets (`spans` sorted by start).
QList<TextSpan> toCodePoints(const QByteArray& utf8, const QList<std::pair<int, int>>& spans)
{
    // Walk the bytes once; every byte that does not continue a sequence starts a code point.
    std::vector<int> marks;
    marks.reserve(size_t(spans.size()) * 2);
    for (const auto& s : spans) {
        marks.push_back(s.first);
        marks.push_back(s.second);
    }
    std::vector<int> order(marks.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = int(i);
    std::sort(order.begin(), order.end(), [&marks](int a, int b) { return marks[size_t(a)] < marks[size_t(b)]; });
    std::vector<qint64> cps(marks.size());
    qint64 cp = 0;
    int byte = 0;
    for (int index : order) {
        const int target = std::min<int>(marks[size_t(index)], int(utf8.size()));
        for (; byte < target; ++byte) {
            if ((uchar(utf8.at(byte)) & 0xC0) != 0x80)
                ++cp;
        }
        cps[size_t(index)] = cp;
    }
    QList<TextSpan> out;
    for (size_t i = 0; i + 1 < cps.size(); i += 2)
        out.append({cps[i], cps[i + 1]});
    return out;
}

QStringList vocabulary(Database& db, SearchFields fields, const QString& prefix, int limit)
{
    // The largest code point closes the range, so the term index is used as a range scan.
    const QString upper = prefix + QString::fromUcs4(U"\U0010FFFF");
    QStringList terms;
    auto collect = [&](Query q) {
        q->bind(1, prefix).bind(2, upper).bind(3, limit);
        while (q->step()) {
            const QString t = q->text(0);
            if (!terms.contains(t))
                terms.append(t);
        }
    };
    if (fields & SearchField::Text)
        collect(db.query("SELECT term FROM search_text_terms WHERE term >= ?1 AND term < ?2 LIMIT ?3"));
    if (fields & SearchField::Title)
        collect(db.query("SELECT term FROM search_titles_terms WHERE term >= ?1 AND term < ?2 LIMIT ?3"));
    if (fields & SearchField::Note)
        collect(db.query("SELECT term FROM search_notes_terms WHERE term >= ?1 AND term < ?2 LIMIT ?3"));
    return terms;
}

/// en_US (or the first installed dictionary) for stem expansion when the caller has none.
const SpellChecker* defaultStemmer()
{
    static QMutex mutex;
    static std::unique_ptr<HunspellChecker> checker;
    static bool tried = false;
    QMutexLocker lock(&mutex);
    if (!tried) {
        tried = true;
        checker = HunspellChecker::create(QStringLiteral("en_US"));
        if (!checker) {
            const QStringList languages = HunspellChecker::availableLanguages();
            if (!languages.isEmpty())
                checker = HunspellChecker::create(languages.first());
        }
    }
    return checker.get();
}

/// makeSnippet() on a window of the UTF-8 text around the first hit: converting and scanning
/// only that window instead of the whole article keeps a page of hits cheap.
void snippetFromUtf8(SearchHit& hit, const QByteArray& utf8, const QList<std::pair<int, int>>& bytes)
{
    if (bytes.isEmpty() || hit.spans.isEmpty())
        return;
    const int size = int(utf8.size());
    // 4 bytes per code point at most: 400 bytes hold more than the 60 UTF-16 units of context
    // before the hit, and 800 more than the 120 after it.
    int from = std::clamp(bytes.first().first - 400, 0, size);
    int to = std::clamp(bytes.first().second + 800, from, size);
    while (from > 0 && (uchar(utf8.at(from)) & 0xC0) == 0x80)
        --from;
    while (to < size && (uchar(utf8.at(to)) & 0xC0) == 0x80)
        ++to;
    qint64 base = 0;
    for (int i = 0; i < from; ++i) {
        if ((uchar(utf8.at(i)) & 0xC0) != 0x80)
            ++base;
    }
    const QString window = QString::fromUtf8(utf8.constData() + from, to - from);
    SearchHit local;
    const qint64 windowEnd = base + codePointLength(window);
    for (const TextSpan& s : std::as_const(hit.spans)) {
        if (s.start >= base && s.end <= windowEnd)
            local.spans.append({s.start - base, s.end - base});
    }
    makeSnippet(local, window);
    hit.snippet = local.snippet;
    hit.snippetSpans = local.snippetSpans;
}

void runField(Database& db, const char* sql, SearchField field, const QString& expression, const SearchQuery& query,
              QList<SearchHit>& hits)
{
    Query q = db.query(sql);
    q->bind(1, expression)
        .bind(2, query.outlet.trimmed())
        .bind(3, query.from.isValid() ? query.from.toString(Qt::ISODate) : QString())
        .bind(4, query.to.isValid() ? query.to.toString(Qt::ISODate) : QString())
        .bind(5, query.tag)
        .bind(6, std::max(1, query.limit));
    while (q->step()) {
        SearchHit hit;
        hit.document = q->int64(0);
        hit.annotation = q->int64(1);
        hit.field = field;
        hit.score = q->real(2);
        const QByteArray utf8 = q->blob(4);
        const QList<std::pair<int, int>> bytes = decodeSpans(q->blob(3));
        hit.spans = toCodePoints(utf8, bytes);
        hit.title = q->text(5);
        hit.outlet = q->text(6);
        const QString published = q->text(7);
        hit.published = published.isEmpty() ? QDate() : QDate::fromString(published, Qt::ISODate);
        snippetFromUtf8(hit, utf8, bytes);
        hits.append(hit);
    }
}

} // namespace

QString searchFieldName(SearchField field, bool translated)
{
    switch (field) {
    case SearchField::Title:
        return translated ? QCoreApplication::translate("Crossread::SearchEngine", "title") : u"title"_s;
    case SearchField::Note:
        return translated ? QCoreApplication::translate("Crossread::SearchEngine", "note") : u"note"_s;
    case SearchField::Text:
        break;
    }
    return translated ? QCoreApplication::translate("Crossread::SearchEngine", "text") : u"text"_s;
}

SearchResults SearchEngine::run(Database& db, const SearchQuery& query, const SpellChecker* stemmer)
{
    SearchResults results;
    if (query.text.size() > MaxQueryLength) {
        results.error = tr("The search is too long (at most %1 characters).").arg(MaxQueryLength);
        return results;
    }
    if (query.from.isValid() && query.to.isValid() && query.from > query.to) {
        results.error = tr("The start date is after the end date.");
        return results;
    }
    try {
        FtsQuery::Expander expander;
        std::unique_ptr<StemExpander> stems;
        if (query.expandStems) {
            if (!stemmer)
                stemmer = defaultStemmer();
            if (stemmer) {
                stems = std::make_unique<StemExpander>(*stemmer, [&db, &query](const QString& prefix, int limit) {
                    return vocabulary(db, query.fields, prefix, limit);
                });
                expander = [&stems](const QString& word) { return stems->expand(word); };
            }
        }
        QString error;
        results.expression = FtsQuery::build(query.text, expander, &error);
        if (!error.isEmpty()) {
            results.error = error;
            return results;
        }
        if (results.expression.isEmpty())
            return results;
        registerSpanFunction(db);
        if (query.fields & SearchField::Text)
            runField(db, kTextSql, SearchField::Text, results.expression, query, results.hits);
        if (query.fields & SearchField::Title)
            runField(db, kTitleSql, SearchField::Title, results.expression, query, results.hits);
        if (query.fields & SearchField::Note)
            runField(db, kNoteSql, SearchField::Note, results.expression, query, results.hits);
    } catch (const SqlError& e) {
        // FTS5's own messages ("fts5: syntax error near …") name neither the field nor the fix,
        // and the SQL around them means nothing to the user; the details go to the log.
        qCWarning(lcSearch) << "search failed:" << e.message();
        results.hits.clear();
        results.error = e.message().contains(u"fts5"_s) || e.message().contains(u"syntax"_s)
            ? tr("The search could not be understood. Put words with special characters in quotes, "
                 "and use AND, OR, NOT and * only between or after words.")
            : tr("The search could not be run: the project's search index cannot be read.");
        return results;
    }
    // bm25 scores of the three indexes are on comparable scales (lower is better); a stable sort
    // keeps text before titles before notes when they tie.
    std::stable_sort(results.hits.begin(), results.hits.end(),
                     [](const SearchHit& a, const SearchHit& b) { return a.score < b.score; });
    if (results.hits.size() > query.limit)
        results.hits.resize(std::max(0, query.limit));
    return results;
}

} // namespace Crossread
