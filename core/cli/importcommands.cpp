// SPDX-License-Identifier: MIT
// crossread-cli import, list and text.
#include "commands_p.h"

#include "import/importer.h"
#include "store/projectstore.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Crossread::Cli {

namespace {

QString statusWord(ImportResult::Status status)
{
    switch (status) {
    case ImportResult::Status::Imported: return tr("imported");
    case ImportResult::Status::Duplicate: return tr("skipped");
    case ImportResult::Status::Failed: return tr("failed");
    case ImportResult::Status::Cancelled: return tr("cancelled");
    }
    return {};
}

QJsonObject toJson(const Document& d)
{
    return QJsonObject{
        {QStringLiteral("id"), d.id},
        {QStringLiteral("title"), d.meta.title},
        {QStringLiteral("outlet"), d.meta.outlet},
        {QStringLiteral("author"), d.meta.author},
        {QStringLiteral("date"), d.meta.published.isValid() ? d.meta.published.toString(Qt::ISODate) : QString()},
        {QStringLiteral("url"), d.meta.url},
        {QStringLiteral("language"), d.meta.language},
        {QStringLiteral("encoding"), d.encoding},
        {QStringLiteral("length"), d.length},
        {QStringLiteral("file"), d.originalFileName},
    };
}

} // namespace

int cmdImport(Io& io)
{
    if (io.args.contains(QLatin1String("--revision-of")))
        return cmdImportRevision(io); // revisioncommands.cpp
    QStringList files;
    ImportOptions options;
    QString project;
    for (qsizetype i = 0; i < io.args.size(); ++i) {
        const QString& a = io.args.at(i);
        if (a == QLatin1String("--help")) {
            io.out << tr("Usage: crossread-cli import PROJECT FILE|FOLDER… [--no-repair] [--max-size MB]") << '\n'
                   << tr("Imports text, Markdown, HTML and PDF files into an existing project; folders are searched "
                         "recursively.")
                   << '\n';
            return Ok;
        }
        if (a == QLatin1String("--no-repair")) {
            options.repairExtractedText = false;
        } else if (a == QLatin1String("--max-size") && i + 1 < io.args.size()) {
            bool ok = false;
            const double mb = io.args.at(++i).toDouble(&ok);
            if (!ok || mb <= 0) {
                io.err << tr("crossread-cli: --max-size needs a positive number of megabytes") << '\n';
                return Usage;
            }
            options.maxBytes = qint64(mb * 1024 * 1024);
        } else if (project.isEmpty()) {
            project = a;
        } else {
            files.append(a);
        }
    }
    if (project.isEmpty() || files.isEmpty()) {
        io.err << tr("Usage: crossread-cli import PROJECT FILE|FOLDER… [--no-repair] [--max-size MB]") << '\n';
        return Usage;
    }
    ProjectStore store;
    if (!openExistingProject(store, project, ProjectStore::OpenMode::ReadWrite, io))
        return Failed;

    const QStringList paths = Importer::expandPaths(files);
    const QList<ImportResult> results = Importer::importFiles(
        store, paths, options, [&io](int done, int total, const QString& path) {
            // One line redrawn in place: the terminal shows where the batch is without scrolling.
            if (path.isEmpty())
                io.err << '\r' << tr("[%1/%2] done").arg(done).arg(total).leftJustified(79) << '\n';
            else
                io.err << '\r' << tr("[%1/%2] %3").arg(done + 1).arg(total).arg(QFileInfo(path).fileName()).leftJustified(79).left(79);
            io.err.flush();
        });

    int imported = 0, skipped = 0, failed = 0;
    for (const ImportResult& r : results) {
        switch (r.status) {
        case ImportResult::Status::Imported: ++imported; break;
        case ImportResult::Status::Duplicate: ++skipped; break;
        default: ++failed; break;
        }
        io.out << statusWord(r.status) << '\t' << r.path;
        if (r.document != 0)
            io.out << '\t' << tr("document %1").arg(r.document);
        if (!r.reason.isEmpty())
            io.out << '\t' << r.reason;
        io.out << '\n';
        for (const QString& w : r.warnings)
            io.out << "\t" << tr("warning: %1").arg(w) << '\n';
    }
    io.out << tr("%1 imported, %2 skipped, %3 failed").arg(imported).arg(skipped).arg(failed) << '\n';
    return failed > 0 ? Failed : Ok;
}

int cmdList(Io& io)
{
    const bool json = io.args.contains(QLatin1String("--json"));
    QStringList rest = io.args;
    rest.removeAll(QLatin1String("--json"));
    if (rest.size() != 1) {
        io.err << tr("Usage: crossread-cli list PROJECT [--json]") << '\n';
        return Usage;
    }
    ProjectStore store;
    if (!openExistingProject(store, rest.first(), ProjectStore::OpenMode::ReadOnly, io))
        return Failed;
    const QList<Document> documents = store.documents();
    if (json) {
        QJsonArray array;
        for (const Document& d : documents)
            array.append(toJson(d));
        io.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Ok;
    }
    // Column names are for scripts, so they are never translated.
    io.out << QStringLiteral("id\ttitle\toutlet\tauthor\tdate\turl\tlanguage\tencoding\tlength") << '\n';
    for (const Document& d : documents) {
        const QStringList fields{QString::number(d.id),
                                 d.meta.title,
                                 d.meta.outlet,
                                 d.meta.author,
                                 d.meta.published.isValid() ? d.meta.published.toString(Qt::ISODate) : QString(),
                                 d.meta.url,
                                 d.meta.language,
                                 d.encoding,
                                 QString::number(d.length)};
        io.out << fields.join(u'\t') << '\n';
    }
    return Ok;
}

int cmdText(Io& io)
{
    if (io.args.size() != 2) {
        io.err << tr("Usage: crossread-cli text PROJECT DOC") << '\n';
        return Usage;
    }
    bool ok = false;
    const DocumentId id = io.args.at(1).toLongLong(&ok);
    if (!ok || id <= 0) {
        io.err << tr("crossread-cli: '%1' is not a document id (see 'crossread-cli list')").arg(io.args.at(1)) << '\n';
        return Usage;
    }
    ProjectStore store;
    if (!openExistingProject(store, io.args.first(), ProjectStore::OpenMode::ReadOnly, io))
        return Failed;
    const std::optional<Document> doc = store.document(id);
    if (!doc) {
        io.err << tr("crossread-cli: no document %1 in '%2'").arg(id).arg(io.args.first()) << '\n';
        return Failed;
    }
    // Exactly the stored text: no newline is added, so offsets count the output as printed.
    io.out << doc->text;
    return Ok;
}

} // namespace Crossread::Cli
