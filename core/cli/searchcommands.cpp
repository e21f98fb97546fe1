// SPDX-License-Identifier: MIT
// crossread-cli search: full-text search of a project's text, titles and notes.
#include "commands_p.h"

#include "search/searchquery.h"
#include "store/projectstore.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <optional>

namespace Crossread::Cli {

namespace {

const char* const kSearchUsage = QT_TRANSLATE_NOOP("Crossread::Cli", "Usage: crossread-cli search PROJECT QUERY [--json] [--outlet X] "
                                                    "[--from DATE] [--to DATE] [--tag T] [--in text,title,note] "
                                                    "[--stems] [--limit N]");

QJsonObject toJson(const SearchHit& h)
{
    QJsonArray spans;
    for (const TextSpan& s : h.spans)
        spans.append(QJsonArray{s.start, s.end});
    QJsonArray marks;
    for (const TextSpan& s : h.snippetSpans)
        marks.append(QJsonArray{s.start, s.end});
    QJsonObject o{{QStringLiteral("document"), h.document},
                  {QStringLiteral("title"), h.title},
                  {QStringLiteral("outlet"), h.outlet},
                  {QStringLiteral("date"), h.published.isValid() ? h.published.toString(Qt::ISODate) : QString()},
                  {QStringLiteral("field"), searchFieldName(h.field, false)},
                  {QStringLiteral("score"), h.score},
                  {QStringLiteral("start"), h.spans.isEmpty() ? 0 : h.spans.first().start},
                  {QStringLiteral("end"), h.spans.isEmpty() ? 0 : h.spans.first().end},
                  {QStringLiteral("spans"), spans},
                  {QStringLiteral("snippet"), h.snippet},
                  {QStringLiteral("snippetSpans"), marks}};
    if (h.annotation != 0)
        o.insert(QStringLiteral("annotation"), h.annotation);
    return o;
}

/// The snippet with each hit in [brackets], for reading on a terminal.
QString markedSnippet(const SearchHit& h)
{
    // Snippet spans count code points; walk the snippet once to place the brackets.
    QString out;
    qint64 cp = 0;
    qsizetype span = 0;
    for (qsizetype i = 0; i < h.snippet.size(); ++i) {
        const bool pairStart = h.snippet.at(i).isHighSurrogate() && i + 1 < h.snippet.size();
        while (span < h.snippetSpans.size() && h.snippetSpans.at(span).end <= cp) {
            out += u']';
            ++span;
        }
        if (span < h.snippetSpans.size() && h.snippetSpans.at(span).start == cp)
            out += u'[';
        out += h.snippet.at(i);
        if (pairStart)
            out += h.snippet.at(++i);
        ++cp;
    }
    for (; span < h.snippetSpans.size(); ++span)
        out += u']';
    return out;
}

std::optional<SearchFields> parseFields(const QString& list)
{
    SearchFields fields;
    for (const QString& f : list.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString name = f.trimmed().toLower();
        if (name == QLatin1String("text"))
            fields |= SearchField::Text;
        else if (name == QLatin1String("title") || name == QLatin1String("titles"))
            fields |= SearchField::Title;
        else if (name == QLatin1String("note") || name == QLatin1String("notes"))
            fields |= SearchField::Note;
        else
            return std::nullopt;
    }
    return fields ? std::optional(fields) : std::nullopt;
}

} // namespace

int cmdSearch(Io& io)
{
    if (io.args.contains(QLatin1String("--help"))) {
        io.out << tr(kSearchUsage) << '\n'
               << tr("Search document text, titles and notes. QUERY takes \"phrases\", prefix*, AND, OR, NOT and "
                     "parentheses; case and diacritics are ignored. Prints document, field, code point offsets and a "
                     "snippet with the hit in [brackets].")
               << '\n';
        return Ok;
    }
    SearchQuery query;
    QString tagName;
    bool json = false;
    QStringList positional;
    auto usage = [&io](const QString& problem) {
        if (!problem.isEmpty())
            io.err << QStringLiteral("crossread-cli search: ") << problem << '\n';
        io.err << tr(kSearchUsage) << '\n';
        return Usage;
    };
    for (qsizetype i = 0; i < io.args.size(); ++i) {
        const QString& a = io.args.at(i);
        const bool hasValue = i + 1 < io.args.size();
        if (a == QLatin1String("--json")) {
            json = true;
        } else if (a == QLatin1String("--stems")) {
            query.expandStems = true;
        } else if (a == QLatin1String("--outlet") || a == QLatin1String("--from") || a == QLatin1String("--to")
                   || a == QLatin1String("--tag") || a == QLatin1String("--limit") || a == QLatin1String("--in")) {
            if (!hasValue)
                return usage(tr("%1 needs a value.").arg(a));
            const QString v = io.args.at(++i);
            if (a == QLatin1String("--outlet")) {
                query.outlet = v;
            } else if (a == QLatin1String("--tag")) {
                tagName = v;
            } else if (a == QLatin1String("--limit")) {
                bool ok = false;
                query.limit = v.toInt(&ok);
                if (!ok || query.limit < 1)
                    return usage(tr("--limit needs a positive number, not '%1'.").arg(v));
            } else if (a == QLatin1String("--in")) {
                const auto fields = parseFields(v);
                if (!fields)
                    return usage(tr("--in takes text, title and note separated by commas, not '%1'.").arg(v));
                query.fields = *fields;
            } else {
                const QDate d = QDate::fromString(v, Qt::ISODate);
                if (!d.isValid())
                    return usage(tr("%1 needs a date as YYYY-MM-DD, not '%2'.").arg(a, v));
                (a == QLatin1String("--from") ? query.from : query.to) = d;
            }
        } else if (a.startsWith(QLatin1String("--")) && a.size() > 2) {
            return usage(tr("unknown option '%1'.").arg(a));
        } else {
            positional.append(a);
        }
    }
    if (positional.size() != 2)
        return usage({});
    const QString path = positional.at(0);
    query.text = positional.at(1);
    if (!QFileInfo::exists(path)) {
        io.err << tr("crossread-cli: project '%1' does not exist.").arg(path) << '\n';
        return Failed;
    }
    ProjectStore store;
    StoreError error;
    if (!store.open(path, ProjectStore::OpenMode::ReadOnly, &error)) {
        io.err << tr("crossread-cli: cannot open '%1': %2").arg(path, error.message) << '\n';
        return Failed;
    }
    if (!tagName.isEmpty()) {
        const std::optional<Tag> tag = store.tagByName(tagName);
        if (!tag) {
            io.err << tr("crossread-cli: no tag named '%1'.").arg(tagName) << '\n';
            return Failed;
        }
        query.tag = tag->id;
    }
    const SearchResults results = store.search(query);
    if (!results.error.isEmpty()) {
        io.err << QStringLiteral("crossread-cli: ") << results.error << '\n';
        return Failed;
    }
    if (json) {
        QJsonArray array;
        for (const SearchHit& h : results.hits)
            array.append(toJson(h));
        io.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Ok;
    }
    for (const SearchHit& h : results.hits) {
        const TextSpan first = h.spans.isEmpty() ? TextSpan{} : h.spans.first();
        io.out << h.document << '\t' << searchFieldName(h.field, false);
        if (h.annotation != 0)
            io.out << ':' << h.annotation;
        io.out << '\t' << first.start << '\t' << first.end << '\t' << markedSnippet(h) << '\n';
    }
    io.out << QCoreApplication::translate("Cli", "%n hit(s)", nullptr, int(results.hits.size())) << '\n';
    return Ok;
}

} // namespace Crossread::Cli
