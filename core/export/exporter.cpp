// SPDX-License-Identifier: MIT
#include "exporter.h"

#include "claimreviewexporter.h"
#include "csvexporter.h"
#include "exportfile.h"
#include "reportexporter.h"
#include "webannotationexporter.h"

#include <QFileInfo>

namespace Crossread {

std::optional<ExportFormat> Exporter::formatFromName(const QString& name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("csv"))
        return ExportFormat::Csv;
    if (n == QLatin1String("wadm") || n == QLatin1String("w3c"))
        return ExportFormat::WebAnnotation;
    if (n == QLatin1String("claimreview"))
        return ExportFormat::ClaimReview;
    if (n == QLatin1String("html"))
        return ExportFormat::Html;
    if (n == QLatin1String("pdf"))
        return ExportFormat::Pdf;
    return std::nullopt;
}

QStringList Exporter::formatNames()
{
    return {QStringLiteral("csv"), QStringLiteral("wadm"), QStringLiteral("claimreview"), QStringLiteral("html"),
            QStringLiteral("pdf")};
}

QString Exporter::suffix(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Csv:
        return QStringLiteral("csv");
    case ExportFormat::WebAnnotation:
    case ExportFormat::ClaimReview:
        return QStringLiteral("jsonld");
    case ExportFormat::Html:
        return QStringLiteral("html");
    case ExportFormat::Pdf:
        return QStringLiteral("pdf");
    }
    return {};
}

QString Exporter::fileFilter(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Csv:
        return tr("CSV spreadsheet (*.csv)");
    case ExportFormat::WebAnnotation:
        return tr("W3C Web Annotations (*.jsonld *.json)");
    case ExportFormat::ClaimReview:
        return tr("ClaimReview JSON-LD (*.jsonld *.json)");
    case ExportFormat::Html:
        return tr("HTML report (*.html)");
    case ExportFormat::Pdf:
        return tr("PDF report (*.pdf)");
    }
    return {};
}

QByteArray Exporter::render(const ExportData& data, ExportFormat format, const ExportOptions& options, QString* error)
{
    switch (format) {
    case ExportFormat::Csv:
        return CsvExporter::exportData(data, options);
    case ExportFormat::WebAnnotation:
        return WebAnnotationExporter::exportData(data, options);
    case ExportFormat::ClaimReview:
        return ClaimReviewExporter::exportData(data, options);
    case ExportFormat::Html:
        return ReportExporter::html(data, options);
    case ExportFormat::Pdf:
        return ReportExporter::pdf(data, options, error);
    }
    return {};
}

bool Exporter::exportProject(const ProjectStore& store, ExportFormat format, const QString& path,
                             const ExportOptions& options, bool overwrite, QString* error)
{
    // Checked before rendering so a refused overwrite costs nothing; writeExportFile checks again.
    if (QFileInfo::exists(path) && !overwrite) {
        if (error)
            *error = tr("%1 already exists; choose another name or allow replacing it.").arg(path);
        return false;
    }
    const QByteArray bytes = render(ExportData::fromStore(store), format, options, error);
    if (bytes.isEmpty())
        return false;
    return writeExportFile(path, bytes, overwrite, error);
}

} // namespace Crossread
