// SPDX-License-Identifier: MIT
// crossread-cli export and import-annotations.
#include "commands_p.h"

#include "export/annotationimporter.h"
#include "export/exporter.h"
#include "store/projectstore.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace Crossread::Cli {


int cmdExport(Io& io)
{
    constexpr const char* usage = QT_TRANSLATE_NOOP(
        "Crossread::Cli", "Usage: crossread-cli export PROJECT --format csv|wadm|claimreview|html|pdf -o FILE [--force] [--bom]");
    if (io.args.contains(QLatin1String("--help"))) {
        io.out << tr(usage) << '\n'
               << tr("Writes the project's annotations as CSV, W3C Web Annotations (wadm), schema.org ClaimReview, "
                     "or a report in HTML or PDF. An existing FILE is only replaced with --force; --bom starts a CSV "
                     "with a byte order mark for spreadsheet programs.")
               << '\n';
        return Ok;
    }
    QString project, output, formatName;
    bool force = false;
    ExportOptions options;
    for (qsizetype i = 0; i < io.args.size(); ++i) {
        const QString& a = io.args.at(i);
        if (a == QLatin1String("--force")) {
            force = true;
        } else if (a == QLatin1String("--bom")) {
            options.bom = true;
        } else if (a == QLatin1String("--format") || a == QLatin1String("-f") || a == QLatin1String("-o")
                   || a == QLatin1String("--output")) {
            if (i + 1 >= io.args.size())
                return usageError(io, tr("%1 needs a value.").arg(a), usage);
            (a == QLatin1String("-o") || a == QLatin1String("--output") ? output : formatName) = io.args.at(++i);
        } else if (a.startsWith(u'-')) {
            return usageError(io, tr("unknown option %1.").arg(a), usage);
        } else if (project.isEmpty()) {
            project = a;
        } else {
            return usageError(io, tr("unexpected argument %1.").arg(a), usage);
        }
    }
    if (project.isEmpty() || output.isEmpty() || formatName.isEmpty())
        return usageError(io, tr("export needs PROJECT, --format and -o FILE."), usage);
    const std::optional<ExportFormat> format = Exporter::formatFromName(formatName);
    if (!format)
        return usageError(io, tr("unknown format '%1' (use one of: %2).").arg(formatName, Exporter::formatNames().join(QStringLiteral(", "))),
                          usage);
    if (options.bom && *format != ExportFormat::Csv)
        return usageError(io, tr("--bom only applies to --format csv."), usage);

    if (QFileInfo::exists(output) && !force) {
        io.err << tr("crossread-cli: %1 already exists; add --force to replace it.").arg(output) << '\n';
        return Failed;
    }
    ProjectStore store;
    StoreError error;
    if (!store.open(project, ProjectStore::OpenMode::ReadOnly, &error)) {
        io.err << tr("crossread-cli: %1").arg(error.message) << '\n';
        return Failed;
    }
    QString message;
    if (!Exporter::exportProject(store, *format, output, options, force, &message)) {
        io.err << tr("crossread-cli: %1").arg(message) << '\n';
        return Failed;
    }
    io.out << tr("Wrote %1.").arg(output) << '\n';
    return Ok;
}

int cmdImportAnnotations(Io& io)
{
    constexpr const char* usage = QT_TRANSLATE_NOOP("Crossread::Cli", "Usage: crossread-cli import-annotations PROJECT FILE");
    if (io.args.contains(QLatin1String("--help"))) {
        io.out << tr(usage) << '\n'
               << tr("Imports W3C Web Annotations into the project's documents, re-anchoring each one by position, "
                     "by quote and context, or by an approximate match, and lists those that could not be anchored.")
               << '\n';
        return Ok;
    }
    if (io.args.size() != 2 || io.args.at(0).startsWith(u'-') || io.args.at(1).startsWith(u'-'))
        return usageError(io, tr("import-annotations needs PROJECT and FILE."), usage);
    ProjectStore store;
    StoreError error;
    if (!store.open(io.args.at(0), ProjectStore::OpenMode::ReadWrite, &error)) {
        io.err << tr("crossread-cli: %1").arg(error.message) << '\n';
        return Failed;
    }
    AnnotationImporter importer(store);
    const AnnotationImporter::Report report = importer.importFile(io.args.at(1));
    if (!report.ok) {
        io.err << tr("crossread-cli: %1").arg(report.error) << '\n';
        return Failed;
    }
    io.out << tr("Anchored %1 of %2 annotations (%3 by position, %4 by quote, %5 approximately).")
                  .arg(report.anchored())
                  .arg(report.total)
                  .arg(report.byPosition)
                  .arg(report.byQuote)
                  .arg(report.byFuzzy)
           << '\n';
    if (report.tagsCreated || report.entitiesCreated)
        io.out << tr("Created %1 tags and %2 speakers.").arg(report.tagsCreated).arg(report.entitiesCreated) << '\n';
    for (const AnnotationImporter::Unanchored& u : report.unanchored) {
        io.out << tr("Not anchored: #%1 %2 “%3”: %4")
                      .arg(u.index + 1)
                      .arg(u.id, u.quote.simplified().left(60), u.reason)
               << '\n';
    }
    return report.unanchored.isEmpty() ? Ok : Failed;
}

} // namespace Crossread::Cli
