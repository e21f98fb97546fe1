// SPDX-License-Identifier: MIT
// The HTML report's document sections (text with highlights, numbered notes) and clusters.
#include "reportexporter.h"

#include "reporthtml_p.h"
#include "text/offsets.h"

#include <QMap>
#include <QSet>

#include <algorithm>

namespace Crossread {

QString ReportExporter::highlightedText(const ExportData& data, const Document& doc)
{
    const QList<Annotation> list = data.annotations.value(doc.id);
    const OffsetMap map(doc.text);
    const qint64 length = map.codePointLength();
    QList<qint64> bounds{0, length};
    for (const Annotation& a : list) {
        bounds.append(std::clamp<qint64>(a.start, 0, length));
        bounds.append(std::clamp<qint64>(a.end, 0, length));
    }
    std::sort(bounds.begin(), bounds.end());
    bounds.erase(std::unique(bounds.begin(), bounds.end()), bounds.end());

    QString out;
    for (qsizetype i = 0; i + 1 < bounds.size(); ++i) {
        const qint64 from = bounds[i], to = bounds[i + 1];
        for (qsizetype k = 0; k < list.size(); ++k) {
            if (list[k].start == from)
                out += QStringLiteral("<a id=\"a-%1\"></a>").arg(list[k].id);
        }
        const Annotation* inner = nullptr;
        int covering = 0;
        for (const Annotation& a : list) {
            if (a.start <= from && a.end >= to) {
                ++covering;
                // The innermost (shortest) highlight shows its colour; the others are underlined.
                if (!inner || a.end - a.start < inner->end - inner->start)
                    inner = &a;
            }
        }
        const QString text = htmlEscape(doc.text.mid(map.toUtf16(from), map.toUtf16(to) - map.toUtf16(from)));
        if (inner) {
            const QColor color = inner->tags.isEmpty() ? QColor() : data.tags.value(inner->tags.first()).color;
            out += QStringLiteral("<span class=\"hl%1\" style=\"background-color: %2\" title=\"%3\">%4</span>")
                       .arg(covering > 1 ? QStringLiteral(" overlap") : QString(), lightColor(color).name(),
                            htmlEscape(data.tagNames(*inner).join(QStringLiteral(", "))), text);
        } else {
            out += text;
        }
        for (qsizetype k = 0; k < list.size(); ++k) {
            if (list[k].end == to)
                out += QStringLiteral("<sup class=\"ref\"><a href=\"#n-%1\">[%2]</a></sup>").arg(list[k].id).arg(k + 1);
        }
    }
    return out;
}

QString ReportExporter::documentSection(const ExportData& data, const Document& doc)
{
    QString out = QStringLiteral("<h2 id=\"doc-%1\">%2</h2>\n").arg(doc.id).arg(htmlEscape(doc.meta.title.isEmpty() ? doc.originalFileName : doc.meta.title));
    QStringList meta;
    if (!doc.meta.outlet.isEmpty())
        meta.append(htmlEscape(doc.meta.outlet));
    if (!doc.meta.author.isEmpty())
        meta.append(htmlEscape(doc.meta.author));
    if (doc.meta.published.isValid())
        meta.append(doc.meta.published.toString(Qt::ISODate));
    if (!doc.meta.url.isEmpty())
        meta.append(QStringLiteral("<a href=\"%1\">%1</a>").arg(htmlEscape(doc.meta.url)));
    if (!meta.isEmpty())
        out += QStringLiteral("<p class=\"meta\">") + meta.join(QStringLiteral(" · ")) + QStringLiteral("</p>\n");
    out += QStringLiteral("<div class=\"text\">") + highlightedText(data, doc) + QStringLiteral("</div>\n");

    const QList<Annotation> list = data.annotations.value(doc.id);
    if (list.isEmpty())
        return out;
    out += QStringLiteral("<h3>") + htmlEscape(tr("Annotations")) + QStringLiteral("</h3>\n<ol class=\"notes\">\n");
    for (const Annotation& a : list) {
        QStringList parts;
        for (const TagId id : a.tags)
            parts.append(tagChip(data, data.tags.value(id)));
        parts.append(QStringLiteral("<a href=\"#a-%1\">“%2”</a>").arg(a.id).arg(htmlEscape(a.quote.simplified())));
        if (a.speaker)
            parts.append(htmlEscape(tr("— %1").arg(data.speakerName(a))));
        if (!a.verdict.isEmpty())
            parts.append(QStringLiteral("<span class=\"verdict\">") + htmlEscape(data.verdictLabel(a.verdict)) + QStringLiteral("</span>"));
        QString item = parts.join(u' ');
        if (!a.note.isEmpty())
            item += QStringLiteral("<br>") + htmlEscape(a.note);
        out += QStringLiteral("<li id=\"n-%1\">%2</li>\n").arg(a.id).arg(item);
    }
    return out + QStringLiteral("</ol>\n");
}

QString ReportExporter::clustersSection(const ExportData& data)
{
    QString out = QStringLiteral("<h2 id=\"clusters\">") + htmlEscape(tr("Statement clusters")) + QStringLiteral("</h2>\n");
    // Union-find over "same statement" links: each component is one statement told by several sources.
    QHash<AnnotationId, AnnotationId> parent;
    QSet<AnnotationId> linked;
    const auto find = [&](AnnotationId x) {
        while (parent.value(x, x) != x)
            x = parent.value(x, x);
        return x;
    };
    for (const QList<AnnotationLink>& links : data.links) {
        for (const AnnotationLink& l : links) {
            if (l.kind == LinkKind::SameStatement) {
                linked.insert(l.from);
                linked.insert(l.to);
                const AnnotationId a = find(l.from), b = find(l.to);
                if (a != b)
                    parent.insert(std::max(a, b), std::min(a, b));
            }
        }
    }
    QMap<AnnotationId, QString> clusters;
    for (const Document& doc : data.documents) {
        for (const Annotation& a : data.annotations.value(doc.id)) {
            if (linked.contains(a.id))
                clusters[find(a.id)] += QStringLiteral("<blockquote>“%1”<br><span class=\"meta\"><a href=\"#a-%2\">%3</a></span></blockquote>\n")
                                            .arg(htmlEscape(a.quote.simplified()))
                                            .arg(a.id)
                                            .arg(htmlEscape(documentLabel(doc)));
        }
    }
    if (clusters.isEmpty())
        return out + QStringLiteral("<p>") + htmlEscape(tr("No statements have been linked across sources yet.")) + QStringLiteral("</p>\n");
    int n = 0;
    for (const QString& members : std::as_const(clusters))
        out += QStringLiteral("<h3>") + htmlEscape(tr("Statement %1").arg(++n)) + QStringLiteral("</h3>\n") + members;
    return out;
}

} // namespace Crossread
