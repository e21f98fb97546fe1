// SPDX-License-Identifier: MIT
#include "reportclaims_p.h"

#include "reporthtml_p.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>

namespace Crossread::ReportClaims {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Crossread::ReportClaims", text);
}

/// Green (first rating) to red (last but an undecided one), grey for "Unproven": the same scheme
/// as the workbench's verdict colours, so the report reads like the screen.
QColor verdictColor(const QStringList& scale, const QString& verdict)
{
    if (verdict.isEmpty())
        return {};
    const auto isUnproven = [](const QString& v) { return Builtins::ratingKeyOf(v) == QLatin1String("unproven"); };
    if (isUnproven(verdict))
        return QColor(0x9a, 0x9a, 0x9a);
    QStringList graded = scale;
    graded.removeIf(isUnproven);
    const qsizetype i = graded.indexOf(verdict);
    if (i < 0)
        return {};
    const double t = graded.size() <= 1 ? 0.0 : double(i) / double(graded.size() - 1);
    return QColor::fromHsvF(float((1.0 - t) / 3.0), 0.55f, 0.88f);
}

QString verdictChip(const ExportData& data, const QString& verdict)
{
    if (verdict.isEmpty())
        return htmlEscape(tr("not rated yet"));
    const QColor c = verdictColor(data.ratingScale, verdict);
    if (!c.isValid())
        return QStringLiteral("<span class=\"verdict\">") + htmlEscape(data.verdictLabel(verdict)) + QStringLiteral("</span>");
    return QStringLiteral("<span class=\"verdict\" style=\"background-color:%1\">&nbsp;%2&nbsp;</span>")
        .arg(c.name(), htmlEscape(data.verdictLabel(verdict)));
}

/// Heat of a cell: darker the more prominent the rendering.
QString prominenceColor(Prominence p)
{
    switch (p) {
    case Prominence::Headline: return QStringLiteral("#1f5f99");
    case Prominence::FirstParagraph: return QStringLiteral("#4f8cc4");
    case Prominence::Body: return QStringLiteral("#95bde3");
    case Prominence::LastThird: return QStringLiteral("#cfe2f3");
    }
    return QStringLiteral("#ffffff");
}

QString prominenceShort(Prominence p)
{
    switch (p) {
    case Prominence::Headline: return tr("H");
    case Prominence::FirstParagraph: return tr("P1");
    case Prominence::Body: return tr("B");
    case Prominence::LastThird: return tr("L3");
    }
    return {};
}

QString framingShort(Framing f)
{
    switch (f) {
    case Framing::Direct: return QStringLiteral("“ ”");
    case Framing::Paraphrased: return QStringLiteral("≈");
    case Framing::Anonymous: return QStringLiteral("?!");
    case Framing::Hedged: return QStringLiteral("?");
    }
    return {};
}

/// Outlets without a name are columns named by their article's title: kept short in tables.
QString shortName(const QString& outlet)
{
    constexpr qsizetype max = 32;
    if (outlet.size() <= max)
        return htmlEscape(outlet);
    qsizetype cut = outlet.lastIndexOf(u' ', max - 1);
    if (cut < max / 2)
        cut = max - 1;
    return htmlEscape(outlet.left(cut) + u'…');
}

QString documentTitle(const ExportData& data, DocumentId id)
{
    const Document* doc = data.document(id);
    return doc ? documentLabel(*doc) : QString::number(id);
}

} // namespace

QString contentsEntries(const ExportData& data)
{
    if (data.claims.isEmpty())
        return {};
    return QStringLiteral("<li><a href=\"#claim-records\">") + htmlEscape(tr("Claim records across outlets"))
           + QStringLiteral("</a></li>\n<li><a href=\"#coverage\">") + htmlEscape(tr("Coverage matrix"))
           + QStringLiteral("</a></li>\n<li><a href=\"#timeline\">") + htmlEscape(tr("Timeline"))
           + QStringLiteral("</a></li>\n");
}

QString claimRecordsSection(const ExportData& data)
{
    if (data.claims.isEmpty())
        return {};
    QString out = QStringLiteral("<h2 id=\"claim-records\">") + htmlEscape(tr("Claim records across outlets"))
                  + QStringLiteral("</h2>\n<p class=\"meta\">")
                  + htmlEscape(tr("Each statement is checked once; its verdict applies to every outlet's rendering below."))
                  + QStringLiteral("</p>\n");
    for (const ClaimRecord& c : data.claims) {
        out += QStringLiteral("<h3 id=\"claim-%1\">").arg(c.id) + htmlEscape(c.title) + QStringLiteral("</h3>\n<p>");
        if (c.speaker && data.entities.contains(c.speaker))
            out += htmlEscape(tr("Speaker:")) + u' ' + htmlEscape(data.entities.value(c.speaker).name) + QStringLiteral(" · ");
        out += htmlEscape(tr("Verdict:")) + u' ' + verdictChip(data, c.verdict) + QStringLiteral("</p>\n");
        if (!c.rationale.isEmpty())
            out += QStringLiteral("<p>") + htmlEscape(c.rationale) + QStringLiteral("</p>\n");
        for (const EvidenceLink& e : c.evidence)
            out += QStringLiteral("<p class=\"meta\">") + htmlEscape(tr("Evidence:")) + u' '
                   + QStringLiteral("<a href=\"%1\">%2</a></p>\n").arg(htmlEscape(e.url), htmlEscape(e.title.isEmpty() ? e.url : e.title));
        for (const ClaimAnchor& a : c.anchors) {
            out += QStringLiteral("<blockquote>“%1”<br><span class=\"meta\"><a href=\"#a-%2\">%3</a> · %4</span></blockquote>\n")
                       .arg(htmlEscape(a.quote.simplified()))
                       .arg(a.annotation)
                       .arg(htmlEscape(documentTitle(data, a.document)), verdictChip(data, c.verdict));
        }
    }
    return out;
}

QString coverageSection(const ExportData& data)
{
    const CoverageMatrix& m = data.matrix;
    if (data.claims.isEmpty() || m.rows.isEmpty())
        return {};
    QString out = QStringLiteral("<h2 id=\"coverage\">") + htmlEscape(tr("Coverage matrix")) + QStringLiteral("</h2>\n");
    out += QStringLiteral("<p class=\"meta\">")
           + htmlEscape(tr("Which outlet carries each claim and speaker, how prominently (H headline, P1 first paragraph, "
                           "B body, L3 last third; darker is more prominent) and how (“ ” quoted, ≈ paraphrased, "
                           "? hedged, ?! anonymous source). Empty cells are omissions."))
           + QStringLiteral("</p>\n<table class=\"matrix\">\n<tr><th></th><th>") + htmlEscape(tr("Verdict"))
           + QStringLiteral("</th>");
    for (const QString& outlet : m.outlets)
        out += QStringLiteral("<th title=\"%1\">").arg(htmlEscape(outlet)) + shortName(outlet) + QStringLiteral("</th>");
    out += QStringLiteral("</tr>\n");
    for (const CoverageRow& row : m.rows) {
        const QString label = row.kind == CoverageRow::Kind::Claim
            ? QStringLiteral("<a href=\"#claim-%1\">%2</a>").arg(row.claim).arg(htmlEscape(row.label))
            : QStringLiteral("<i>") + htmlEscape(row.label) + QStringLiteral("</i>");
        out += QStringLiteral("<tr><td>") + label + QStringLiteral("</td><td>")
               + (row.kind == CoverageRow::Kind::Claim ? verdictChip(data, row.verdict) : QString())
               + QStringLiteral("</td>");
        for (const CoverageCell& cell : row.cells) {
            if (!cell.carried) {
                out += QStringLiteral("<td style=\"background-color:#f4f5f6; color:#9aa1a9; text-align:center\">—</td>");
                continue;
            }
            const bool dark = cell.prominence == Prominence::Headline || cell.prominence == Prominence::FirstParagraph;
            out += QStringLiteral("<td style=\"background-color:%1; color:%2; text-align:center\" title=\"%3\">"
                                  "<a href=\"#a-%4\" style=\"color:%2\">%5&nbsp;%6</a></td>")
                       .arg(prominenceColor(cell.prominence), dark ? QStringLiteral("#ffffff") : QStringLiteral("#1d2125"),
                            htmlEscape(prominenceLabel(cell.prominence) + QStringLiteral(", ") + cell.framing.summary()))
                       .arg(cell.anchors.value(0))
                       .arg(htmlEscape(prominenceShort(cell.prominence)), htmlEscape(framingShort(cell.framing.primary())));
        }
        out += QStringLiteral("</tr>\n");
    }
    return out + QStringLiteral("</table>\n");
}

QString timelineSection(const ExportData& data)
{
    const Timeline& t = data.timeline;
    if (data.claims.isEmpty())
        return {};
    QString out = QStringLiteral("<h2 id=\"timeline\">") + htmlEscape(tr("Timeline")) + QStringLiteral("</h2>\n");
    // The axis: one column per publication date, undated documents in a column of their own.
    QList<QDate> dates;
    for (const Timeline::Entry& e : t.documents) {
        if (!dates.contains(e.published))
            dates.append(e.published);
    }
    const bool undated = !t.undatedDocuments.isEmpty();
    out += QStringLiteral("<p class=\"meta\">")
           + htmlEscape(tr("● first appearance · ○ outlets that followed, with the days since the first. Documents "
                           "without a date are shown apart."))
           + QStringLiteral("</p>\n<table class=\"timeline\">\n<tr><th></th>");
    for (const QDate& d : std::as_const(dates))
        out += QStringLiteral("<th>") + htmlEscape(QLocale().toString(d, QLocale::ShortFormat)) + QStringLiteral("</th>");
    if (undated)
        out += QStringLiteral("<th>") + htmlEscape(tr("undated")) + QStringLiteral("</th>");
    out += QStringLiteral("</tr>\n");
    // Documents row, then one row per claim.
    out += QStringLiteral("<tr><td><i>") + htmlEscape(tr("Documents")) + QStringLiteral("</i></td>");
    for (const QDate& d : std::as_const(dates)) {
        QStringList names;
        for (const Timeline::Entry& e : t.documents) {
            if (e.published == d)
                names.append(shortName(e.outlet));
        }
        out += QStringLiteral("<td>") + names.join(QStringLiteral("<br>")) + QStringLiteral("</td>");
    }
    if (undated) {
        QStringList names;
        for (const Timeline::Entry& e : t.undatedDocuments)
            names.append(shortName(e.outlet));
        out += QStringLiteral("<td>") + names.join(QStringLiteral("<br>")) + QStringLiteral("</td>");
    }
    out += QStringLiteral("</tr>\n");
    for (const ClaimTimeline& c : t.claims) {
        const TimelineAppearance* first = c.first();
        out += QStringLiteral("<tr><td><a href=\"#claim-%1\">%2</a></td>").arg(c.claim).arg(htmlEscape(c.label));
        const auto cellFor = [&](const QList<TimelineAppearance>& list) {
            QStringList marks;
            for (const TimelineAppearance& a : list) {
                if (first && a.document == first->document)
                    marks.append(QStringLiteral("<b>● ") + shortName(a.outlet) + QStringLiteral("</b>"));
                else if (a.daysAfterFirst >= 0)
                    marks.append(QStringLiteral("○ ") + shortName(a.outlet) + QStringLiteral(" (+%1)").arg(a.daysAfterFirst));
                else
                    marks.append(QStringLiteral("○ ") + shortName(a.outlet));
            }
            const QString color = marks.isEmpty() ? QString() : QStringLiteral(" style=\"background-color:#e8f0f8\"");
            return QStringLiteral("<td%1>").arg(color) + marks.join(QStringLiteral("<br>")) + QStringLiteral("</td>");
        };
        for (const QDate& d : std::as_const(dates)) {
            QList<TimelineAppearance> on;
            for (const TimelineAppearance& a : c.appearances) {
                if (a.published == d)
                    on.append(a);
            }
            out += cellFor(on);
        }
        if (undated)
            out += cellFor(c.undated());
        out += QStringLiteral("</tr>\n");
    }
    return out + QStringLiteral("</table>\n");
}

} // namespace Crossread::ReportClaims
