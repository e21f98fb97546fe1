// SPDX-License-Identifier: MIT
// crossread-cli suggest.
#include "commands_p.h"

#include "cues/suggestionstore.h"
#include "store/projectstore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Crossread::Cli {


int cmdSuggest(Io& io)
{
    constexpr const char* usage = QT_TRANSLATE_NOOP("Crossread::Cli", "Usage: crossread-cli suggest PROJECT [DOC] [--json]");
    if (io.args.contains(QLatin1String("--help"))) {
        io.out << tr(usage) << '\n'
               << tr("Prints the suggested annotations (attributions with their speaker, claims, unverified "
                     "passages) of every document, or of DOC (an id, title or file name); rejected ones are left out.")
               << '\n';
        return Ok;
    }
    QStringList positional;
    bool json = false;
    for (const QString& a : std::as_const(io.args)) {
        if (a == QLatin1String("--json"))
            json = true;
        else if (a.startsWith(QLatin1String("--"))) {
            io.err << tr("crossread-cli: unknown option '%1'.").arg(a) << '\n' << tr(usage) << '\n';
            return Usage;
        } else
            positional.append(a);
    }
    if (positional.isEmpty() || positional.size() > 2) {
        io.err << tr("crossread-cli: suggest needs a PROJECT and at most one DOC.") << '\n' << tr(usage) << '\n';
        return Usage;
    }
    ProjectStore store;
    StoreError error;
    if (!store.open(positional.first(), ProjectStore::OpenMode::ReadOnly, &error)) {
        io.err << tr("crossread-cli: %1").arg(error.message) << '\n';
        return Failed;
    }
    QList<Document> docs = store.documents();
    if (positional.size() == 2) {
        const QString key = positional.at(1);
        bool isNumber = false;
        const qint64 id = key.toLongLong(&isNumber);
        QList<Document> matches;
        for (const Document& d : std::as_const(docs)) {
            if ((isNumber && d.id == id) || d.meta.title.compare(key, Qt::CaseInsensitive) == 0
                || d.originalFileName.compare(key, Qt::CaseInsensitive) == 0)
                matches.append(d);
        }
        if (matches.size() != 1) {
            io.err << (matches.isEmpty() ? tr("crossread-cli: no document '%1' in the project (see: crossread-cli list FILE).").arg(key)
                                         : tr("crossread-cli: '%1' names several documents; use the document's id.").arg(key))
                   << '\n';
            return Failed;
        }
        docs = matches;
    }
    QJsonArray array;
    for (const Document& d : std::as_const(docs)) {
        for (const Suggestion& s : SuggestionStore::pending(store, d.id)) {
            if (json) {
                array.append(QJsonObject{{QStringLiteral("document"), d.id},
                                         {QStringLiteral("start"), s.start},
                                         {QStringLiteral("end"), s.end},
                                         {QStringLiteral("kind"), suggestionKindName(s.kind)},
                                         {QStringLiteral("speaker"), s.speaker.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s.speaker)},
                                         {QStringLiteral("text"), s.text}});
            } else {
                io.out << d.id << '\t' << s.start << '\t' << s.end << '\t' << suggestionKindLabel(s.kind) << '\t' << s.speaker
                       << '\t' << QString(s.text).replace(u'\n', u' ') << '\n';
            }
        }
    }
    if (json)
        io.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    return Ok;
}

} // namespace Crossread::Cli
