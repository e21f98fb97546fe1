// SPDX-License-Identifier: MIT
// The PDF report: the HTML report laid out by QTextDocument onto a QPdfWriter.
#include "reportexporter.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPdfWriter>
#include <QTextDocument>

namespace Crossread {

QByteArray ReportExporter::pdf(const ExportData& data, const ExportOptions& options, QString* error)
{
    // Fonts come from the platform plugin, which only a QGuiApplication loads.
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance())) {
        if (error)
            *error = tr("PDF export needs the graphical environment; export HTML instead or use the Crossread window.");
        return {};
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setTitle(tr("%1 — fact-check report").arg(data.projectName));
        writer.setCreator(QStringLiteral("Crossread"));
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15),
                                         QPageLayout::Millimeter));
        writer.setResolution(300);
        QTextDocument doc;
        doc.setHtml(QString::fromUtf8(html(data, options)));
        doc.print(&writer);
    }
    buffer.close();
    if (bytes.isEmpty() && error)
        *error = tr("The PDF could not be produced.");
    return bytes;
}

} // namespace Crossread
