// SPDX-License-Identifier: MIT
// Markdown renders to plain text; PDFs (written at test time with QPdfWriter) lose their running
// heads and page numbers and get their wrapped lines joined.
#include "importtestutil.h"

#include <QBuffer>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

using namespace Crossread;
using namespace Crossread::Test;

namespace {

TEST(ImportMarkdown, RendersTextAndReadsFrontMatter)
{
    const QByteArray md = "---\n"
                          "title: \"Reservoir levels fall\"\n"
                          "author: Ana Ruiz\n"
                          "date: 2031-07-02\n"
                          "url: https://example.org/reservoir\n"
                          "---\n"
                          "# Reservoir levels fall\n\n"
                          "Levels at the **Marrow Bay** reservoir fell to *41 percent* this week, the [operator](https://x.example) said.\n\n"
                          "## What happens next\n\n"
                          "- Hosepipe ban from Monday\n"
                          "- Night-time pressure cuts\n\n"
                          "> Every drop counts, said the mayor.\n";
    const PreparedDocument p = prepareOk(md, QStringLiteral("note.md"));
    const Document& d = p.document;
    EXPECT_EQ(d.meta.title, QStringLiteral("Reservoir levels fall"));
    EXPECT_EQ(d.meta.author, QStringLiteral("Ana Ruiz"));
    EXPECT_EQ(d.meta.published, QDate(2031, 7, 2));
    EXPECT_EQ(d.meta.url, QStringLiteral("https://example.org/reservoir"));
    EXPECT_EQ(d.meta.language, QLatin1String("en"));
    EXPECT_TRUE(d.text.startsWith(QStringLiteral("Reservoir levels fall\n\nLevels at the Marrow Bay reservoir fell to "
                                                 "41 percent this week, the operator said.")))
        << qPrintable(d.text);
    EXPECT_TRUE(d.text.contains(QStringLiteral("• Hosepipe ban from Monday\n• Night-time pressure cuts")));
    EXPECT_TRUE(d.text.contains(QStringLiteral("Every drop counts, said the mayor.")));
    for (const char* markup : {"#", "**", "---", "](", "title:"})
        EXPECT_FALSE(d.text.contains(QLatin1String(markup))) << markup;
}

// Lines drawn one by one, so the test decides where they wrap and where a word is hyphenated.
const QStringList districts{QStringLiteral("northern"), QStringLiteral("eastern"), QStringLiteral("southern"),
                            QStringLiteral("western")};

QByteArray makePdf(int pages)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(72);
    writer.setTitle(QStringLiteral("Quarterly water report"));
    writer.setCreator(QStringLiteral("Crossread tests"));
    QPainter painter(&writer);
    painter.setFont(QFont(QStringLiteral("DejaVu Sans"), 10));
    for (int page = 1; page <= pages; ++page) {
        if (page > 1)
            writer.newPage();
        painter.drawText(QPointF(60, 40), QStringLiteral("Ostria Water Authority — Quarterly report"));
        const QString district = districts.at(page - 1);
        const QStringList body{
            QStringLiteral("In the %1 district the reservoir held %2 million cubic metres at the end of the").arg(district).arg(300 - page),
            QStringLiteral("quarter, and the board expects inflows to recover once the autumn rains"),
            QStringLiteral("arrive in the upper valley. Pumping costs rose by a fifth because the in-"),
            QStringLiteral("take had to be lowered twice during the dry weeks of the summer."),
            QStringLiteral("Repairs in the %1 district continue on schedule.").arg(district),
        };
        double y = 100;
        for (const QString& line : body) {
            painter.drawText(QPointF(60, y), line);
            y += 14;
        }
        painter.drawText(QPointF(280, 800), QString::number(page));
    }
    painter.end();
    return bytes;
}

TEST(ImportPdf, DropsRunningHeadsAndJoinsLines)
{
    const PreparedDocument p = prepareOk(makePdf(4), QStringLiteral("report.pdf"));
    const QString& text = p.document.text;
    EXPECT_EQ(p.document.meta.title, QStringLiteral("Quarterly water report"));
    EXPECT_FALSE(text.contains(QStringLiteral("Quarterly report"))) << qPrintable(text);
    for (int page = 1; page <= 4; ++page) {
        EXPECT_TRUE(text.contains(QStringLiteral("In the %1 district the reservoir held %2 million cubic metres at the end of "
                                                 "the quarter, and the board expects inflows to recover once the autumn "
                                                 "rains arrive in the upper valley. Pumping costs rose by a fifth because "
                                                 "the intake had to be lowered twice during the dry weeks of the summer.")
                                      .arg(districts.at(page - 1))
                                      .arg(300 - page)))
            << qPrintable(text);
    }
    for (const QString& district : districts)
        EXPECT_TRUE(text.contains(QStringLiteral("\n\nRepairs in the %1 district continue on schedule.").arg(district)));
    const QStringList lines = text.split(u'\n');
    for (const QString& line : lines)
        EXPECT_FALSE(line.size() <= 2 && !line.isEmpty()) << "page number left: " << qPrintable(line);
    EXPECT_TRUE(p.document.importNotes.contains(QLatin1String("4 PDF page"))) << qPrintable(p.document.importNotes);
    EXPECT_TRUE(p.document.encoding.isEmpty());
}

TEST(ImportPdf, WithoutRepairLinesStayAsExtracted)
{
    ImportOptions options;
    options.repairExtractedText = false;
    const PreparedDocument p = prepareOk(makePdf(2), QStringLiteral("report.pdf"), options);
    EXPECT_TRUE(p.document.text.contains(QStringLiteral("because the in-\ntake had"))) << qPrintable(p.document.text);
}

} // namespace
