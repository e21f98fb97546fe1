// SPDX-License-Identifier: MIT
#pragma once

#include "exportdata.h"

#include <QCoreApplication>
#include <optional>

namespace Crossread {

class ProjectStore;

enum class ExportFormat { Csv, WebAnnotation, ClaimReview, Html, Pdf };

/// The entry point the CLI and the GUI share: picks the exporter and writes the file atomically.
class Exporter final
{
    Q_DECLARE_TR_FUNCTIONS(Crossread::Exporter)

public:
    /// "csv", "wadm", "claimreview", "html" or "pdf" (case-insensitive).
    static std::optional<ExportFormat> formatFromName(const QString& name);
    static QStringList formatNames();
    /// Suffix without the dot: "csv", "jsonld", "html", "pdf".
    static QString suffix(ExportFormat format);
    /// A file dialog filter such as "CSV (*.csv)", translated.
    static QString fileFilter(ExportFormat format);

    /// The export's bytes, or an empty array with `error` set.
    static QByteArray render(const ExportData& data, ExportFormat format, const ExportOptions& options, QString* error);
    /// Renders and writes `path`; refuses to replace an existing file unless `overwrite`.
    static bool exportProject(const ProjectStore& store, ExportFormat format, const QString& path,
                              const ExportOptions& options, bool overwrite, QString* error);
};

} // namespace Crossread
