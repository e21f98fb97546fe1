// SPDX-License-Identifier: MIT
#pragma once

#include "exportdata.h"

#include <QByteArray>

namespace Crossread {

/// One row per annotation as RFC 4180 CSV (CRLF line ends, fields quoted when they hold a comma,
/// quote or line break), UTF-8 with an optional byte order mark for spreadsheet programs.
class CsvExporter final
{
public:
    static QStringList header();
    static QByteArray exportData(const ExportData& data, const ExportOptions& options = {});
    /// One field quoted as RFC 4180 asks.
    static QString quoteField(const QString& field);
};

} // namespace Crossread
