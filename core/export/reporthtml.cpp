// SPDX-License-Identifier: MIT
// The HTML report: page frame, claims, attributions and clusters. Documents are in reporttext.cpp.
#include "reportexporter.h"

#include "claimreviewexporter.h"
#include "reportclaims_p.h"
#include "reporthtml_p.h"

#include <QLocale>
#include <QMap>

namespace Crossread {

namespace {

// Kept to properties QTextDocument supports as well, so the PDF looks like the page.
const char* const Css = R"(
body { font-family: 'DejaVu Sans', 'Noto Sans', Arial, sans-serif; color: #1d2125; background: #ffffff;
       max-width: 60em; margin: 2em auto; padding: 0 1.5em; line-height: 1.5; font-size: 11pt; }
h1 { font-size: 20pt; margin-bottom: 0.2em; }
h2 { font-size: 15pt; border-bottom: 1px solid #c8ccd0; padding-bottom: 0.2em; margin-top: 1.6em; }
h3 { font-size: 12pt; margin-bottom: 0.3em; }
p.meta, span.meta { color: #5b6470; font-size: 9.5pt; }
table { border-collapse: collapse; width: 100%; font-size: 10pt; }
th { background-color: #eef0f2; text-align: left; }
th, td { border: 1px solid #c8ccd0; padding: 4px 6px; vertical-align: top; }
div.text { white-space: pre-wrap; font-family: 'DejaVu Serif', 'Noto Serif', Georgia, serif; font-size: 11pt; }
span.hl { padding: 0 1px; }
span.overlap { text-decoration: underline; }
sup.ref { font-size: 7.5pt; color: #5b6470; }
ol.notes { font-size: 10pt; }
span.tag { padding: 0 4px; font-size: 9pt; }
span.verdict { font-weight: bold; }
blockquote { margin: 0.3em 0 0.6em 1em; padding-left: 0.6em; border-left: 3px solid #c8ccd0; }
)";

} // namespace

QString htmlEscape(const QString& text)
{
    return text.toHtmlEscaped();
}

QString tagChip(const ExportData& data, const Tag& tag)
{
    return QStringLiteral("<span class=\"tag\" style=\"background-color: %1\">%2</span>")
        .arg(lightColor(tag.color).name(), htmlEscape(data.tagLabel(tag)));
}

QColor lightColor(const QColor& color)
{
    // Opaque tints instead of rgba(): QTextDocument and every browser then agree on the colour.
    const QColor c = color.isValid() ? color.toRgb() : QColor(0xf4, 0xd3, 0x5e);
    const auto mix = [](int v) { return int(v * 0.45 + 255 * 0.55); };
    return QColor(mix(c.red()), mix(c.green()), mix(c.blue()));
}

QString documentLabel(const Document& doc)
{
    QString label = doc.meta.title.isEmpty() ? doc.originalFileName : doc.meta.title;
    if (!doc.meta.outlet.isEmpty())
        label += QStringLiteral(" (") + doc.meta.outlet + u')';
    return label;
}

QByteArray ReportExporter::html(const ExportData& data, const ExportOptions& options)
{
    const QString title = tr("%1 — fact-check report").arg(data.projectName);
    QString out = QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n")
                      .arg(QLocale().bcp47Name().isEmpty() ? QStringLiteral("en") : QLocale().bcp47Name());
    out += QStringLiteral("<title>") + htmlEscape(title) + QStringLiteral("</title>\n<style>")
           + QString::fromLatin1(Css) + QStringLiteral("</style>\n</head>\n<body>\n");
    out += QStringLiteral("<h1>") + htmlEscape(title) + QStringLiteral("</h1>\n");
    out += QStringLiteral("<p class=\"meta\">")
           + htmlEscape(tr("Generated %1 · documents: %2 · annotations: %3")
                            .arg(options.effectiveNow().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")))
                            .arg(data.documents.size())
                            .arg(data.annotationCount()));
    if (!data.organizationName.isEmpty())
        out += QStringLiteral(" · ") + htmlEscape(data.organizationName);
    out += QStringLiteral("</p>\n<p>") + htmlEscape(tr("Tags:")) + u' ';
    QStringList chips;
    for (const Tag& t : data.tagOrder)
        chips.append(tagChip(data, t));
    out += chips.join(u' ') + QStringLiteral("</p>\n");

    out += QStringLiteral("<h2>") + htmlEscape(tr("Contents")) + QStringLiteral("</h2>\n<ul>\n");
    out += QStringLiteral("<li><a href=\"#claims\">") + htmlEscape(tr("Claims and verdicts")) + QStringLiteral("</a></li>\n");
    out += QStringLiteral("<li><a href=\"#attributions\">") + htmlEscape(tr("Attributions by speaker"))
           + QStringLiteral("</a></li>\n");
    out += QStringLiteral("<li><a href=\"#clusters\">") + htmlEscape(tr("Statement clusters")) + QStringLiteral("</a></li>\n");
    out += ReportClaims::contentsEntries(data);
    for (const Document& doc : data.documents)
        out += QStringLiteral("<li><a href=\"#doc-%1\">%2</a></li>\n").arg(doc.id).arg(htmlEscape(documentLabel(doc)));
    out += QStringLiteral("</ul>\n");

    out += claimsSection(data) + attributionsSection(data) + clustersSection(data);
    out += ReportClaims::claimRecordsSection(data) + ReportClaims::coverageSection(data)
           + ReportClaims::timelineSection(data);
    for (const Document& doc : data.documents)
        out += documentSection(data, doc);
    out += QStringLiteral("</body>\n</html>\n");
    return out.toUtf8();
}

QString ReportExporter::claimsSection(const ExportData& data)
{
    QString out = QStringLiteral("<h2 id=\"claims\">") + htmlEscape(tr("Claims and verdicts")) + QStringLiteral("</h2>\n");
    QString rows;
    for (const Document& doc : data.documents) {
        for (const Annotation& a : data.annotations.value(doc.id)) {
            const bool isClaim = std::any_of(a.tags.cbegin(), a.tags.cend(), [&](TagId id) {
                return data.tags.value(id).builtin == QLatin1String("claim");
            });
            if (!isClaim && a.verdict.isEmpty())
                continue;
            QString evidence;
            for (const EvidenceLink& e : a.evidence) {
                evidence += QStringLiteral("<br>") + htmlEscape(tr("Evidence:")) + u' '
                            + QStringLiteral("<a href=\"%1\">%2</a>").arg(htmlEscape(e.url), htmlEscape(e.title.isEmpty() ? e.url : e.title));
            }
            rows += QStringLiteral("<tr id=\"%1\"><td>“%2”</td><td>%3</td><td>%4</td><td><span class=\"verdict\">%5</span></td><td>%6%7</td></tr>\n")
                        .arg(ClaimReviewExporter::anchorFor(doc, a), htmlEscape(a.quote.simplified()),
                             QStringLiteral("<a href=\"#a-%1\">%2</a>").arg(a.id).arg(htmlEscape(documentLabel(doc))),
                             htmlEscape(data.speakerName(a)),
                             a.verdict.isEmpty() ? htmlEscape(tr("not rated yet")) : htmlEscape(data.verdictLabel(a.verdict)),
                             htmlEscape(a.rationale), evidence);
        }
    }
    if (rows.isEmpty())
        return out + QStringLiteral("<p>") + htmlEscape(tr("No claims have been marked yet.")) + QStringLiteral("</p>\n");
    return out + QStringLiteral("<table>\n<tr><th>") + htmlEscape(tr("Claim")) + QStringLiteral("</th><th>")
           + htmlEscape(tr("Source")) + QStringLiteral("</th><th>") + htmlEscape(tr("Speaker")) + QStringLiteral("</th><th>")
           + htmlEscape(tr("Verdict")) + QStringLiteral("</th><th>") + htmlEscape(tr("Rationale")) + QStringLiteral("</th></tr>\n")
           + rows + QStringLiteral("</table>\n");
}

QString ReportExporter::attributionsSection(const ExportData& data)
{
    QString out = QStringLiteral("<h2 id=\"attributions\">") + htmlEscape(tr("Attributions by speaker")) + QStringLiteral("</h2>\n");
    // Sorted by name so the report reads like an index.
    QMap<QString, QStringList> bySpeaker;
    for (const Document& doc : data.documents) {
        for (const Annotation& a : data.annotations.value(doc.id)) {
            if (!a.speaker)
                continue;
            const Entity e = data.entities.value(a.speaker);
            bySpeaker[e.name].append(QStringLiteral("<blockquote>“%1”<br><span class=\"meta\"><a href=\"#a-%2\">%3</a></span></blockquote>\n")
                                         .arg(htmlEscape(a.quote.simplified()))
                                         .arg(a.id)
                                         .arg(htmlEscape(documentLabel(doc))));
        }
    }
    if (bySpeaker.isEmpty())
        return out + QStringLiteral("<p>") + htmlEscape(tr("No passage has a speaker yet.")) + QStringLiteral("</p>\n");
    for (auto it = bySpeaker.cbegin(); it != bySpeaker.cend(); ++it) {
        QString role;
        for (const Entity& e : data.entities) {
            if (e.name == it.key() && !e.role.isEmpty())
                role = QStringLiteral(" <span class=\"meta\">") + htmlEscape(e.role) + QStringLiteral("</span>");
        }
        out += QStringLiteral("<h3>") + htmlEscape(it.key()) + role + QStringLiteral("</h3>\n") + it.value().join(QString());
    }
    return out;
}

} // namespace Crossread
