// SPDX-License-Identifier: MIT
#include "exportfixture.h"

#include "export/csvexporter.h"
#include "store/builtins.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace Crossread::Test {
namespace {

/// A strict RFC 4180 reader, written independently of the exporter, to read the export back.
QList<QStringList> parseCsv(const QString& text, bool* ok)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false, wasQuoted = false;
    *ok = true;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text[i + 1] == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            if (!field.isEmpty() || wasQuoted)
                *ok = false; // a quote inside an unquoted field
            quoted = wasQuoted = true;
        } else if (c == u',') {
            row.append(field);
            field.clear();
            wasQuoted = false;
        } else if (c == u'\r') {
            if (i + 1 >= text.size() || text[i + 1] != u'\n')
                *ok = false; // records end with CRLF
            row.append(field);
            rows.append(row);
            row.clear();
            field.clear();
            wasQuoted = false;
            ++i;
        } else if (c == u'\n') {
            *ok = false; // a bare LF outside quotes
        } else {
            field += c;
        }
    }
    if (quoted || !field.isEmpty() || !row.isEmpty())
        *ok = false; // the last record must end with CRLF too
    return rows;
}

class CsvExportTest : public ExportTest
{
};

TEST_F(CsvExportTest, OneRowPerAnnotationReadsBackFieldForField)
{
    const QByteArray bytes = CsvExporter::exportData(data(), fixedOptions());
    ASSERT_FALSE(bytes.startsWith("\xEF\xBB\xBF"));
    bool ok = false;
    const QList<QStringList> rows = parseCsv(QString::fromUtf8(bytes), &ok);
    ASSERT_TRUE(ok) << "not RFC 4180";
    ASSERT_EQ(rows.size(), 1 + m_annotations.size());
    EXPECT_EQ(rows.first(), CsvExporter::header());
    for (qsizetype r = 1; r < rows.size(); ++r)
        ASSERT_EQ(rows[r].size(), CsvExporter::header().size()) << "row " << r;

    // Every stored annotation appears with its own values, however awkward the characters.
    for (const AnnotationId id : std::as_const(m_annotations)) {
        const Annotation a = *m_store->annotation(id);
        const Document doc = *m_store->document(a.document);
        const auto row = std::find_if(rows.cbegin() + 1, rows.cend(), [&](const QStringList& r) {
            return r[3] == QString::number(a.start) && r[4] == QString::number(a.end) && r[0] == doc.meta.title;
        });
        ASSERT_NE(row, rows.cend()) << a.quote.toStdString();
        EXPECT_EQ((*row)[1], doc.meta.outlet);
        EXPECT_EQ((*row)[2], doc.meta.published.isValid() ? doc.meta.published.toString(Qt::ISODate) : QString());
        EXPECT_EQ((*row)[5], a.quote);
        EXPECT_EQ((*row)[7], Builtins::ratingLabel(a.verdict)); // the label, for people
        EXPECT_EQ((*row)[16], a.verdict); // verdict_key: the key, for scripts
        EXPECT_EQ((*row)[8], a.rationale);
        EXPECT_EQ((*row)[10], a.note);
        EXPECT_EQ((*row)[12], a.annotator);
        EXPECT_EQ((*row)[13], a.created.toUTC().toString(Qt::ISODateWithMs));
        EXPECT_EQ((*row)[14], a.modified.toUTC().toString(Qt::ISODateWithMs));
    }
    const QStringList& first = *std::find_if(rows.cbegin(), rows.cend(), [](const QStringList& r) {
        return r[5] == u"Exports rose by 40 percent, the highest ever."_s;
    });
    EXPECT_EQ(first[6], u"Claim; Economy, trade"_s);
    EXPECT_EQ(first[15], u"claim; Economy, trade"_s); // tag_keys
    EXPECT_EQ(first[16], u"mostly-false"_s);
    EXPECT_EQ(first[9], u"Minister Lee"_s);
    EXPECT_EQ(first[11], u"Customs, 2025 <https://customs.example/2025.csv> (2026-02-19)"_s);
}

TEST_F(CsvExportTest, ByteOrderMarkOnlyWhenAsked)
{
    ExportOptions options = fixedOptions();
    options.bom = true;
    const QByteArray withBom = CsvExporter::exportData(data(), options);
    ASSERT_TRUE(withBom.startsWith("\xEF\xBB\xBF"));
    EXPECT_EQ(withBom.mid(3), CsvExporter::exportData(data(), fixedOptions()));
}

TEST_F(CsvExportTest, QuotesOnlyFieldsThatNeedIt)
{
    EXPECT_EQ(CsvExporter::quoteField(u"plain"_s), u"plain"_s);
    EXPECT_EQ(CsvExporter::quoteField(u"a,b"_s), u"\"a,b\""_s);
    EXPECT_EQ(CsvExporter::quoteField(u"say \"hi\""_s), u"\"say \"\"hi\"\"\""_s);
    EXPECT_EQ(CsvExporter::quoteField(u"two\nlines"_s), u"\"two\nlines\""_s);
    EXPECT_EQ(CsvExporter::quoteField(u"cr\r"_s), u"\"cr\r\""_s);
    EXPECT_EQ(CsvExporter::quoteField(QString()), QString());
}

TEST_F(CsvExportTest, EmptyProjectHasOnlyTheHeader)
{
    ProjectStore empty;
    ASSERT_TRUE(empty.create(file(u"empty.crossread"_s)));
    EXPECT_EQ(CsvExporter::exportData(ExportData::fromStore(empty)),
              CsvExporter::header().join(u',').toUtf8() + "\r\n");
}

TEST_F(CsvExportTest, MatchesGoldenFile)
{
    compareGolden(u"golden.csv"_s, CsvExporter::exportData(data(), fixedOptions()));
}

TEST_F(CsvExportTest, LabelsFollowTheReportLanguageAndKeysStay)
{
    ASSERT_TRUE(m_store->setSetting(u"report.language"_s, u"de"_s));
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    bool ok = false;
    const QList<QStringList> rows = parseCsv(QString::fromUtf8(CsvExporter::exportData(data(), fixedOptions())), &ok);
    QLocale::setDefault(before);
    ASSERT_TRUE(ok);
    const QStringList& first = *std::find_if(rows.cbegin(), rows.cend(), [](const QStringList& r) {
        return r[5] == u"Exports rose by 40 percent, the highest ever."_s;
    });
    EXPECT_EQ(first[6], u"Behauptung; Economy, trade"_s);
    EXPECT_EQ(first[7], u"Überwiegend falsch"_s);
    EXPECT_EQ(first[15], u"claim; Economy, trade"_s);
    EXPECT_EQ(first[16], u"mostly-false"_s);
    // Numbers and dates stay locale-free whatever the language.
    EXPECT_EQ(first[2], u"2026-02-10"_s);
    EXPECT_EQ(first[3], u"20"_s);
}

} // namespace
} // namespace Crossread::Test
