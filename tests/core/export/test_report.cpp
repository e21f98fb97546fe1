// SPDX-License-Identifier: MIT
#include "exportfixture.h"

#include "export/reportexporter.h"

#include <QFile>
#include <QImage>
#include <QRegularExpression>

#include <poppler-qt6.h>

using namespace Qt::StringLiterals;

namespace Crossread::Test {
namespace {

class ReportTest : public ExportTest
{
protected:
    QString html() const { return QString::fromUtf8(ReportExporter::html(data(), fixedOptions())); }
};

TEST_F(ReportTest, HtmlIsSelfContained)
{
    const QString page = html();
    EXPECT_TRUE(page.startsWith(u"<!DOCTYPE html>"_s));
    EXPECT_TRUE(page.contains(u"<meta charset=\"utf-8\">"_s));
    EXPECT_FALSE(page.contains(u"<script"_s, Qt::CaseInsensitive));
    EXPECT_FALSE(page.contains(u"<link"_s, Qt::CaseInsensitive));
    EXPECT_FALSE(page.contains(u"<img"_s, Qt::CaseInsensitive));
    EXPECT_FALSE(page.contains(u"@import"_s, Qt::CaseInsensitive));
    EXPECT_FALSE(page.contains(u"url("_s, Qt::CaseInsensitive));
    // Nothing but plain links points outside the file.
    static const QRegularExpression src(u"\\s(src|srcset|data)\\s*="_s, QRegularExpression::CaseInsensitiveOption);
    EXPECT_FALSE(src.match(page).hasMatch());
}

TEST_F(ReportTest, EveryDocumentAndHighlightIsShownInTagColours)
{
    const QString page = html();
    for (const FixtureDocument& d : fixtureDocuments())
        EXPECT_TRUE(page.contains(d.meta.title.toHtmlEscaped())) << d.meta.title.toStdString();
    // Text is escaped, not interpreted: "<delays>" and "&" stay text.
    EXPECT_TRUE(page.contains(u"&lt;delays&gt;"_s));
    EXPECT_TRUE(page.contains(u"&amp; rare"_s));
    EXPECT_FALSE(page.contains(u"<delays>"_s));
    for (const AnnotationId id : std::as_const(m_annotations))
        EXPECT_TRUE(page.contains(u"id=\"a-%1\""_s.arg(id))) << "highlight start of " << id;
    // The Economy tag (#4a90d9) appears lightened (45 % colour, 55 % white) as a highlight background.
    EXPECT_TRUE(page.contains(u"background-color: #adcded"_s)) << "economy tag tint";
    EXPECT_TRUE(page.contains(u"class=\"hl overlap\""_s)) << "nested highlight";
}

TEST_F(ReportTest, BuiltinLabelsAreInTheReportLanguage)
{
    ASSERT_TRUE(m_store->setSetting(u"report.language"_s, u"uk"_s));
    const QString page = html();
    EXPECT_TRUE(page.contains(u"Здебільшого неправда"_s)) << "the verdict Mostly false, in Ukrainian";
    EXPECT_TRUE(page.contains(u">Твердження</span>"_s)) << "the Claim tag's chip";
    EXPECT_FALSE(page.contains(u"Mostly false"_s));
    EXPECT_TRUE(page.contains(u"Economy, trade"_s)) << "a user's tag stays as written";
}

TEST_F(ReportTest, ClaimsTableAttributionsAndClusters)
{
    const QString page = html();
    const qsizetype claims = page.indexOf(u"id=\"claims\""_s), attributions = page.indexOf(u"id=\"attributions\""_s),
                    clusters = page.indexOf(u"id=\"clusters\""_s);
    ASSERT_GT(claims, 0);
    ASSERT_GT(attributions, claims);
    ASSERT_GT(clusters, attributions);
    const QString claimsPart = page.mid(claims, attributions - claims);
    EXPECT_TRUE(claimsPart.contains(u"Mostly false"_s));
    EXPECT_TRUE(claimsPart.contains(u"Customs data show a 12% rise"_s));
    EXPECT_TRUE(claimsPart.contains(u"https://customs.example/2025.csv"_s));
    EXPECT_FALSE(claimsPart.contains(u"Minister Lee said"_s)) << "an attribution is not a claim";
    const QString attributionPart = page.mid(attributions, clusters - attributions);
    const qsizetype lee = attributionPart.indexOf(u"<h3>Minister Lee"_s), omar = attributionPart.indexOf(u"<h3>Omar Haddad"_s);
    ASSERT_GE(lee, 0);
    ASSERT_GT(omar, lee) << "speakers sorted by name";
    EXPECT_EQ(attributionPart.mid(lee, omar - lee).count(u"<blockquote>"_s), 2);
    EXPECT_EQ(attributionPart.mid(omar).count(u"<blockquote>"_s), 3);
    const QString clusterPart = page.mid(clusters, page.indexOf(u"id=\"doc-"_s) - clusters);
    EXPECT_EQ(clusterPart.count(u"<h3>"_s), 1);
    EXPECT_EQ(clusterPart.count(u"<blockquote>"_s), 2);
}

TEST_F(ReportTest, MatchesGoldenFile)
{
    compareGolden(u"golden.html"_s, ReportExporter::html(data(), fixedOptions()));
}

TEST_F(ReportTest, PdfHasTheSameContent)
{
    QString error;
    const QByteArray pdf = ReportExporter::pdf(data(), fixedOptions(), &error);
    ASSERT_FALSE(pdf.isEmpty()) << error.toStdString();
    ASSERT_TRUE(pdf.startsWith("%PDF-"));
    const std::unique_ptr<Poppler::Document> doc = Poppler::Document::loadFromData(pdf);
    ASSERT_TRUE(doc) << "poppler cannot read the PDF";
    ASSERT_GE(doc->numPages(), 2);
    // For looking at it: CROSSREAD_EXPORT_DUMP_DIR=/tmp/x writes the PDF and its first pages as PNG.
    if (const QString dump = qEnvironmentVariable("CROSSREAD_EXPORT_DUMP_DIR"); !dump.isEmpty()) {
        QFile out(dump + u"/report.pdf"_s);
        if (out.open(QIODevice::WriteOnly))
            out.write(pdf);
        for (int i = 0; i < std::min(3, doc->numPages()); ++i)
            doc->page(i)->renderToImage(100, 100).save(dump + u"/report-%1.png"_s.arg(i + 1));
    }
    QString text;
    for (int i = 0; i < doc->numPages(); ++i)
        text += doc->page(i)->text(QRectF());
    text = text.simplified();
    EXPECT_TRUE(text.contains(u"Claims and verdicts"_s));
    EXPECT_TRUE(text.contains(u"Mostly false"_s));
    EXPECT_TRUE(text.contains(u"Minister defends grain deal"_s));
    EXPECT_TRUE(text.contains(u"A document without annotations still appears in the report."_s));
}

} // namespace
} // namespace Crossread::Test
