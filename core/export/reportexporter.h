// SPDX-License-Identifier: MIT
#pragma once

#include "exportdata.h"

#include <QByteArray>
#include <QCoreApplication>

namespace Crossread {

/// A report people read: every document with its highlights in tag colours, a claims table with
/// verdicts and rationales, attributions grouped by speaker and the statement clusters.
///
/// The HTML is self-contained (inline CSS, no scripts, nothing fetched) and sticks to what
/// QTextDocument understands, so the PDF is the same markup laid out by Qt.
class ReportExporter final
{
    Q_DECLARE_TR_FUNCTIONS(Crossread::ReportExporter)

public:
    static QByteArray html(const ExportData& data, const ExportOptions& options = {});
    /// The report as PDF through QPdfWriter. Needs a QGuiApplication (fonts); returns an empty
    /// array and sets `error` when there is none.
    static QByteArray pdf(const ExportData& data, const ExportOptions& options = {}, QString* error = nullptr);

private:
    static QString documentSection(const ExportData& data, const Document& doc);
    static QString highlightedText(const ExportData& data, const Document& doc);
    static QString claimsSection(const ExportData& data);
    static QString attributionsSection(const ExportData& data);
    static QString clustersSection(const ExportData& data);
};

} // namespace Crossread
