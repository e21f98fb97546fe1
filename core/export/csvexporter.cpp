// SPDX-License-Identifier: MIT
#include "csvexporter.h"

namespace Crossread {

QStringList CsvExporter::header()
{
    // Column names stay English: scripts read them, and a translated header would break them.
    return {QStringLiteral("document"), QStringLiteral("outlet"),   QStringLiteral("date"),
            QStringLiteral("start"),    QStringLiteral("end"),      QStringLiteral("quote"),
            QStringLiteral("tags"),     QStringLiteral("verdict"),  QStringLiteral("rationale"),
            QStringLiteral("speaker"),  QStringLiteral("note"),     QStringLiteral("evidence"),
            QStringLiteral("annotator"), QStringLiteral("created"), QStringLiteral("modified"),
            // Keys for scripts: the same in every language (a built-in's key, a user's name as written).
            QStringLiteral("tag_keys"), QStringLiteral("verdict_key")};
}

QString CsvExporter::quoteField(const QString& field)
{
    const bool needsQuotes = field.contains(u',') || field.contains(u'"') || field.contains(u'\n')
                             || field.contains(u'\r') || field.startsWith(u' ') || field.endsWith(u' ');
    if (!needsQuotes)
        return field;
    QString quoted = field;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

namespace {

QString evidenceField(const QList<EvidenceLink>& links)
{
    QStringList parts;
    for (const EvidenceLink& e : links) {
        QString part = e.title.isEmpty() ? e.url : e.title + QStringLiteral(" <") + e.url + u'>';
        if (e.accessed.isValid())
            part += QStringLiteral(" (") + e.accessed.toString(Qt::ISODate) + u')';
        parts.append(part);
    }
    // One link per line inside the quoted field: spreadsheet cells show them as a list.
    return parts.join(u'\n');
}

} // namespace

QByteArray CsvExporter::exportData(const ExportData& data, const ExportOptions& options)
{
    QString out;
    const auto writeRow = [&out](const QStringList& fields) {
        QStringList quoted;
        quoted.reserve(fields.size());
        for (const QString& f : fields)
            quoted.append(quoteField(f));
        out += quoted.join(u',') + QStringLiteral("\r\n");
    };
    writeRow(header());
    for (const Document& doc : data.documents) {
        for (const Annotation& a : data.annotations.value(doc.id)) {
            writeRow({doc.meta.title, doc.meta.outlet,
                      doc.meta.published.isValid() ? doc.meta.published.toString(Qt::ISODate) : QString(),
                      QString::number(a.start), QString::number(a.end), a.quote, data.tagNames(a).join(QStringLiteral("; ")),
                      data.verdictLabel(a.verdict), a.rationale, data.speakerName(a), a.note, evidenceField(a.evidence),
                      a.annotator, isoDateTime(a.created), isoDateTime(a.modified),
                      data.tagKeys(a).join(QStringLiteral("; ")), a.verdict});
        }
    }
    QByteArray bytes = options.bom ? QByteArray("\xEF\xBB\xBF") : QByteArray();
    bytes += out.toUtf8();
    return bytes;
}

} // namespace Crossread
